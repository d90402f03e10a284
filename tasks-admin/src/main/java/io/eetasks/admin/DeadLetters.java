package io.eetasks.admin;

import io.eetasks.TaskInfo;
import io.eetasks.bridge.TaskRuntime;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.messaging.TaskDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.ws.rs.ServiceUnavailableException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The dead-letter queue {@code eetasks.DLQ}, of the embedded broker or of an external one (read through
 * the connection factory {@code tasks.jms.connection-factory}): messages delivered
 * {@code max-delivery-attempts} times without success. Their tasks are not lost (the runtime sends pending tasks again), so
 * requeueing sends the task now and discarding only removes the message.
 */
@ApplicationScoped
public class DeadLetters {

    static final String QUEUE = "java:/jms/queue/eetasks.DLQ";
    static final int SHOWN = 500;
    static final String WITHOUT_ID = "no-id-";

    @Inject
    TasksConfig config;

    @Inject
    TaskRuntime runtime;

    @Inject
    TaskDispatcher dispatcher;

    /** The first {@value #SHOWN} dead letters, oldest first. */
    public List<DeadLetter> list() {
        try (JMSContext context = connections().createContext()) {
            QueueBrowser browser = context.createBrowser(queue());
            List<DeadLetter> letters = new ArrayList<>();
            List<?> messages = Collections.list(browser.getEnumeration());
            for (Object message : messages.subList(0, Math.min(SHOWN, messages.size()))) {
                letters.add(describe((Message) message, letters.size()));
            }
            return letters;
        } catch (JMSException e) {
            throw new ServiceUnavailableException("The dead-letter queue cannot be read: " + e.getMessage());
        }
    }

    /** Removes the message and sends its task again; the task's id. */
    public UUID requeue(String messageId) {
        DeadLetter letter = take(messageId);
        if (letter.taskId() == null) {
            throw new ConflictException("Message " + messageId + " names no task; it was removed");
        }
        dispatcher.dispatch(letter.taskId());
        return letter.taskId();
    }

    /** Removes the message. */
    public void discard(String messageId) {
        take(messageId);
    }

    private DeadLetter take(String messageId) {
        if (messageId.startsWith(WITHOUT_ID)) {
            throw new ConflictException("This message came without a message id, so it cannot be picked out of the"
                    + " queue on its own; its task is sent again by the runtime if it is still pending");
        }
        try (JMSContext context = connections().createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(queue(),
                     "JMSMessageID = '" + messageId.replace("'", "''") + "'")) {
            Message message = consumer.receive(1000);
            if (message == null) {
                throw new NotFoundProblem("No dead letter has the id " + messageId);
            }
            return describe(message, 0);
        } catch (JMSException e) {
            throw new ServiceUnavailableException("The dead-letter queue cannot be read: " + e.getMessage());
        }
    }

    /** Messages sent over AMQP may have no JMS message id; they are listed under a made-up one. */
    private DeadLetter describe(Message message, int position) throws JMSException {
        UUID taskId = null;
        if (message instanceof TextMessage text && text.getText() != null) {
            try {
                taskId = UUID.fromString(text.getText().trim());
            } catch (IllegalArgumentException e) {
                taskId = null;
            }
        }
        TaskInfo task = taskId == null ? null : runtime.find(taskId);
        int deliveries = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        String messageId = message.getJMSMessageID() != null ? message.getJMSMessageID()
                : WITHOUT_ID + message.getJMSTimestamp() + "-" + position;
        return new DeadLetter(messageId, taskId,
                message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()), deliveries,
                task == null ? null : TaskRow.of(task));
    }

    private ConnectionFactory connections() {
        try {
            return (ConnectionFactory) new InitialContext().lookup(config.jmsConnectionFactory());
        } catch (NamingException e) {
            throw new ServiceUnavailableException("This node has no JMS connection factory at "
                    + config.jmsConnectionFactory() + " (tasks.jms.connection-factory)");
        }
    }

    private static Queue queue() {
        try {
            return (Queue) new InitialContext().lookup(QUEUE);
        } catch (NamingException e) {
            throw new ServiceUnavailableException("This node has no dead-letter queue at " + QUEUE
                    + " (02-messaging.cli defines it; 04-external-artemis.cli names the external broker's)");
        }
    }
}
