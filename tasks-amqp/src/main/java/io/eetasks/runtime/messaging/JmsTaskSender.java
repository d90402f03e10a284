package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.JMS_CONNECTION_FACTORY;
import static io.eetasks.spi.TaskTransport.DEFAULT_QUEUE;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.UUID;

/**
 * Sends a task's id over JMS to the same queue the AMQP channel sends to ({@code java:/jms/queue/eetasks[.<queue>]},
 * on the embedded or the external broker), through the connection factory {@code tasks.jms.connection-factory}.
 * The transport falls back to it when its AMQP channel has died.
 */
@ApplicationScoped
public class JmsTaskSender {

    private static final String QUEUES = "java:/jms/queue/";

    @Inject
    Config config;

    private String connectionFactory;

    @PostConstruct
    void read() {
        connectionFactory = JMS_CONNECTION_FACTORY.value(config);
    }

    /**
     * Returns false when the broker did not take it (the runtime sends it again later). Runs outside any
     * transaction: it is called after the task's transaction committed, when the pooled connection
     * factory could not enlist in it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean send(String queue, UUID taskId) {
        try {
            InitialContext names = new InitialContext();
            ConnectionFactory factory = (ConnectionFactory) names.lookup(connectionFactory);
            try (JMSContext context = factory.createContext()) {
                context.createProducer().send((Queue) names.lookup(jndiName(queue)), taskId.toString());
                return true;
            }
        } catch (NamingException | JMSRuntimeException e) {
            AmqpMessagingLog.LOG.jmsSendFailed(taskId, e.toString());
            return false;
        }
    }

    /** The queue's JNDI name: {@code java:/jms/queue/eetasks}, or {@code java:/jms/queue/eetasks.<queue>}. */
    private static String jndiName(String queue) {
        return DEFAULT_QUEUE.equals(queue) ? QUEUES + "eetasks" : QUEUES + "eetasks." + queue;
    }
}
