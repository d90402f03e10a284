package io.eetasks.runtime.queues;

import io.eetasks.spi.TaskDelivery;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One consumer of one queue: receives a task id, and with it the ids already waiting in its buffer
 * (up to its batch size), hands them to the runtime, and acknowledges the messages once the runtime
 * returns. When the runtime throws (the database is away), the messages are given back to the broker,
 * which delivers them again after its redelivery delay. A lost session is opened again, every
 * {@value #MAX_PAUSE_MILLIS} ms at most, so that the queue is read again within a second of the broker's
 * return, over the connection the queue's consumers share, which reports the outage once for all of
 * them ({@link QueueConnection}).
 */
final class QueueConsumer implements Runnable {

    private static final long RECEIVE_MILLIS = 1000;
    private static final long MAX_PAUSE_MILLIS = 1_000;

    private final String queue;
    private final QueueConnection connection;
    private final TaskDelivery delivery;
    private final int batchSize;
    private volatile boolean running = true;
    private volatile BrokerSession session;
    /** When the delivery in progress began ({@link System#nanoTime()}), or 0 while none is. */
    private volatile long deliveringSince;
    /** Why the last connection failed; {@code null} once connected again. */
    private volatile String connectionProblem;

    QueueConsumer(String queue, QueueConnection connection, TaskDelivery delivery, int batchSize) {
        this.queue = queue;
        this.connection = connection;
        this.delivery = delivery;
        this.batchSize = batchSize;
    }

    @Override
    public void run() {
        long pause = 0;
        while (running) {
            try {
                if (session == null) {
                    session = connection.openSession();
                    pause = 0;
                    connectionProblem = null;
                }
                Message message = session.receive(RECEIVE_MILLIS);
                if (message != null) {
                    handle(withWaiting(message));
                }
            } catch (Exception e) {
                if (session == null) {
                    connection.unreachable(e);
                }
                closeSession();
                if (!running) {
                    break;
                }
                connectionProblem = e.toString();
                pause = Math.min(MAX_PAUSE_MILLIS, Math.max(250, pause * 2));
                sleep(pause);
            }
        }
        closeSession();
    }

    /** The message and those already waiting after it, up to the batch size. */
    private List<Message> withWaiting(Message first) throws JMSException {
        List<Message> messages = new ArrayList<>(List.of(first));
        Message next;
        while (messages.size() < batchSize && (next = session.receiveNoWait()) != null) {
            messages.add(next);
        }
        return messages;
    }

    private void handle(List<Message> messages) throws JMSException {
        List<UUID> taskIds = new ArrayList<>(messages.size());
        for (Message message : messages) {
            UUID taskId = taskIdOf(message);
            if (taskId == null) {
                QueuesLog.LOG.notATaskId(queue, message);
            } else {
                taskIds.add(taskId);
            }
        }
        deliveringSince = System.nanoTime();
        try {
            if (!taskIds.isEmpty()) {
                delivery.deliver(queue, taskIds);
            }
        } catch (RuntimeException e) {
            QueuesLog.LOG.deliveryFailed(taskIds, e.toString());
            session.recover();
            return;
        } finally {
            deliveringSince = 0;
        }
        // Acknowledges every message this session received so far.
        messages.get(messages.size() - 1).acknowledge();
    }

    /** What this consumer is doing now, for the health checks. */
    ConsumerState state(Thread thread) {
        long since = deliveringSince;
        return new ConsumerState(queue, thread.isAlive(), session != null, connectionProblem,
                since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since));
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

    /** Closes its session; a receive in progress returns. */
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
