package io.eetasks.runtime.queues;

import io.eetasks.spi.TaskDelivery;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * One consumer of one queue: receives a task id, hands it to the runtime, and acknowledges the
 * message once the runtime returns. When the runtime throws (the database is away), the message is
 * given back to the broker, which delivers it again after its redelivery delay. A lost connection
 * is opened again, with a growing pause, and reported once per outage.
 */
final class QueueConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(QueueConsumer.class);
    private static final long RECEIVE_MILLIS = 1000;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final String queue;
    private final BrokerSession.Factory sessions;
    private final TaskDelivery delivery;
    private volatile boolean running = true;
    private volatile BrokerSession session;

    QueueConsumer(String queue, BrokerSession.Factory sessions, TaskDelivery delivery) {
        this.queue = queue;
        this.sessions = sessions;
        this.delivery = delivery;
    }

    @Override
    public void run() {
        long pause = 0;
        boolean reported = false;
        while (running) {
            try {
                if (session == null) {
                    session = sessions.open();
                    if (reported) {
                        LOG.infof("EETASKS0114: Consuming from queue %s again", queue);
                    }
                    pause = 0;
                    reported = false;
                }
                Message message = session.receive(RECEIVE_MILLIS);
                if (message != null) {
                    handle(message);
                }
            } catch (Exception e) {
                closeSession();
                if (!running) {
                    break;
                }
                if (!reported) {
                    LOG.warnf("EETASKS0113: Cannot consume from queue %s (%s); trying again", queue, e.toString());
                    reported = true;
                }
                pause = Math.min(MAX_PAUSE_MILLIS, Math.max(500, pause * 2));
                sleep(pause);
            }
        }
        closeSession();
    }

    private void handle(Message message) throws JMSException {
        UUID taskId = taskIdOf(message);
        if (taskId == null) {
            LOG.errorf("EETASKS0100: Ignored a message on queue %s that is not a task id: %s", queue, message);
            message.acknowledge();
            return;
        }
        try {
            delivery.deliver(queue, taskId);
        } catch (RuntimeException e) {
            LOG.warnf("EETASKS0115: Task %s could not be run now (%s); the broker delivers it again", taskId,
                    e.toString());
            session.recover();
            return;
        }
        message.acknowledge();
    }

    private static UUID taskIdOf(Message message) {
        try {
            return UUID.fromString(((TextMessage) message).getText().trim());
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | JMSException e) {
            return null;
        }
    }

    /** Stops receiving; the task being run, if any, finishes. */
    void stop() {
        running = false;
    }

    /** Closes the connection; a receive in progress returns. */
    void close() {
        running = false;
        closeSession();
    }

    private void closeSession() {
        BrokerSession open = session;
        session = null;
        if (open != null) {
            open.close();
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
