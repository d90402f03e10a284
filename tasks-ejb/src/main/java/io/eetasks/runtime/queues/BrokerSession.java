package io.eetasks.runtime.queues;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

/**
 * A consumer's client-acknowledged session on one queue, over the connection the queue's consumers share
 * ({@link QueueConnection}).
 */
final class BrokerSession {

    private final Session session;
    private final MessageConsumer consumer;

    BrokerSession(Session session, MessageConsumer consumer) {
        this.session = session;
        this.consumer = consumer;
    }

    Message receive(long timeoutMillis) throws JMSException {
        return consumer.receive(timeoutMillis);
    }

    /** The next message already at hand, or {@code null}. */
    Message receiveNoWait() throws JMSException {
        return consumer.receiveNoWait();
    }

    /** Gives the unacknowledged messages back to the broker. */
    void recover() throws JMSException {
        session.recover();
    }

    void close() {
        try {
            session.close();
        } catch (JMSException | RuntimeException e) {
            // Closing a session of a broken connection: nothing more to do.
        }
    }
}
