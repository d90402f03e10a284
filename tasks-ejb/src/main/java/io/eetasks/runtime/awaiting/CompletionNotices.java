package io.eetasks.runtime.awaiting;

import io.eetasks.runtime.config.TasksConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Announces to the other nodes the tasks this node finished, so that their waiters wake at once. The
 * ids are gathered and sent every {@code tasks.await.notice-millis} as one non-persistent message on
 * the topic {@code eetasks.completions}, which the clustered brokers copy to every node
 * ({@link CompletionListener}): a few messages a second however many tasks finish. A lost notice only
 * delays a waiter until the database check.
 */
@ApplicationScoped
public class CompletionNotices {

    static final String NODE_PROPERTY = "node";
    private static final int MAX_IDS_PER_NOTICE = 2000;

    private final ConcurrentLinkedQueue<UUID> finished = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    @Inject
    TasksConfig config;

    private ConnectionFactory connectionFactory;
    private Topic topic;

    @PostConstruct
    void lookUp() {
        try {
            InitialContext context = new InitialContext();
            connectionFactory = (ConnectionFactory) context.lookup(config.jmsConnectionFactory());
            topic = (Topic) context.lookup(config.completionsTopic());
        } catch (NamingException e) {
            AwaitingLog.LOG.cannotAnnounce(e.toString(), config.awaitClusterCheck());
        }
    }

    /** Queues the id of a task this node finished for the next notice. */
    public void announce(UUID taskId) {
        if (topic != null) {
            finished.add(taskId);
        }
    }

    /** Sends what was gathered since the last call, if anything. */
    public void send() {
        if (finished.isEmpty()) {
            return;
        }
        try (JMSContext context = connectionFactory.createContext()) {
            while (!finished.isEmpty()) {
                StringJoiner ids = new StringJoiner(",");
                UUID id;
                for (int i = 0; i < MAX_IDS_PER_NOTICE && (id = finished.poll()) != null; i++) {
                    ids.add(id.toString());
                }
                context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                        .setProperty(NODE_PROPERTY, config.node()).send(topic, ids.toString());
            }
            if (failing.compareAndSet(true, false)) {
                AwaitingLog.LOG.announcingAgain();
            }
        } catch (JMSRuntimeException e) {
            finished.clear();
            if (failing.compareAndSet(false, true)) {
                AwaitingLog.LOG.announceFailed(e.toString(), config.awaitClusterCheck());
            }
        }
    }
}
