package io.eetasks.runtime.queues;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The one connection to the broker that the consumers of a queue on this node share, each with a session
 * of its own. It is opened when a consumer first needs it, and again, once, after it failed: a broker
 * that comes back is connected to by one attempt, not by one per consumer, and every consumer has its
 * session again within moments. A plain (not pooled) connection factory, because the connection lives
 * as long as the consumers. Its loss is logged when it is found and its return once it is open again:
 * once per outage for the whole queue.
 */
final class QueueConnection {

    private final String connectionFactory;
    private final String queue;
    private final String jndiName;
    private final String username;
    private final String password;

    // Guarded by this.
    private Connection connection;
    private Queue destination;
    private boolean lost;

    QueueConnection(String connectionFactory, String queue, String jndiName, String username, String password) {
        this.connectionFactory = connectionFactory;
        this.queue = queue;
        this.jndiName = jndiName;
        this.username = username;
        this.password = password;
    }

    /** A client-acknowledged session on the queue, over the shared connection, opened first if need be. */
    BrokerSession openSession() throws JMSException, NamingException {
        Connection current = connection();
        try {
            Session session = current.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(destination);
            return new BrokerSession(session, consumer);
        } catch (JMSException | RuntimeException e) {
            failed(current, e);
            throw e;
        }
    }

    /** The shared connection, opened now if there is none: one attempt at a time. */
    private synchronized Connection connection() throws JMSException, NamingException {
        if (connection == null) {
            open();
        }
        return connection;
    }

    private void open() throws JMSException, NamingException {
        InitialContext names = new InitialContext();
        ConnectionFactory factory = (ConnectionFactory) names.lookup(connectionFactory);
        destination = (Queue) names.lookup(jndiName);
        Connection opened = factory.createConnection(username, password);
        try {
            opened.setExceptionListener(problem -> failed(opened, problem));
            opened.start();
        } catch (JMSException | RuntimeException e) {
            closeQuietly(opened);
            throw e;
        }
        connection = opened;
        if (lost) {
            lost = false;
            QueuesLog.LOG.consumingAgain(queue);
        }
    }

    /**
     * The connection failed, as the broker's client or a consumer found: it is closed (outside the lock:
     * closing may wait for the client's own threads), and the next session opens a new one.
     */
    private void failed(Connection broken, Exception problem) {
        if (forget(broken, problem)) {
            closeQuietly(broken);
        }
    }

    /** Forgets a connection that failed, unless it was replaced already; true if it was the current one. */
    private synchronized boolean forget(Connection broken, Exception problem) {
        if (broken != connection) {
            return false;
        }
        connection = null;
        reportLost(problem);
        return true;
    }

    /** A consumer could not open its session: unless the connection failed already, that is an outage. */
    synchronized void unreachable(Exception problem) {
        if (connection == null) {
            reportLost(problem);
        }
    }

    /** Logs the queue's outage, once. */
    private void reportLost(Exception problem) {
        if (!lost) {
            lost = true;
            QueuesLog.LOG.cannotConsume(queue, problem.toString());
        }
    }

    /** Closes the connection, and with it every session on it; a receive in progress returns. */
    void close() {
        Connection open;
        synchronized (this) {
            open = connection;
            connection = null;
        }
        if (open != null) {
            closeQuietly(open);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            // Closing a broken connection: nothing more to do.
        }
    }
}
