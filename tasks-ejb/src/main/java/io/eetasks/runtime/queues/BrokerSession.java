package io.eetasks.runtime.queues;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A consumer's own connection to the broker, with a client-acknowledged session on one queue. Its own
 * connection, so that one consumer losing it does not stop the others, and a plain (not pooled)
 * connection factory, because the session lives as long as the consumer.
 */
final class BrokerSession {

    private final Connection connection;
    private final Session session;
    private final MessageConsumer consumer;

    private BrokerSession(Connection connection, Session session, MessageConsumer consumer) {
        this.connection = connection;
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
            connection.close();
        } catch (JMSException | RuntimeException e) {
            // Closing a broken connection: nothing more to do.
        }
    }

    /** Opens sessions on one queue through a connection factory, both named in JNDI. */
    record Factory(String connectionFactory, String queue, String username, String password) {

        BrokerSession open() throws JMSException, NamingException {
            InitialContext names = new InitialContext();
            ConnectionFactory factory = (ConnectionFactory) names.lookup(connectionFactory);
            Queue destination = (Queue) names.lookup(queue);
            Connection connection = factory.createConnection(username, password);
            try {
                Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(destination);
                connection.start();
                return new BrokerSession(connection, session, consumer);
            } catch (JMSException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
    }
}
