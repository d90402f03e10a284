package io.eetasks.admin;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.dispatch.TaskDispatcher;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.readmodel.TaskQueries;
import io.eetasks.runtime.readmodel.TaskRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.ws.rs.ServiceUnavailableException;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
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

    static final String QUEUE = TaskQueues.DEAD_LETTERS_JNDI;
    static final int MAX_PAGE = 500;
    static final String WITHOUT_ID = "no-id-";

    @Inject
    TasksConfig config;

    @Inject
    TaskQueries tasks;

    @Inject
    TaskDispatcher dispatcher;

    /**
     * A page of dead letters in the queue's order, after {@code after} (the {@code next} of the previous
     * page). The queue is browsed a message at a time, so a deep queue costs a long walk, never memory.
     */
    public DeadLetterPage list(String after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        DeadLetterCursor cursor = DeadLetterCursor.decode(after);
        try (JMSContext context = connections().createContext()) {
            Enumeration<?> messages = context.createBrowser(queue()).getEnumeration();
            int position = cursor == null ? 0 : skipPast(cursor, messages);
            List<DeadLetter> letters = new ArrayList<>();
            while (letters.size() < limit && messages.hasMoreElements()) {
                letters.add(describe((Message) messages.nextElement(), position++));
            }
            String next = messages.hasMoreElements() && !letters.isEmpty()
                    ? new DeadLetterCursor(position, letters.get(letters.size() - 1).messageId()).encode() : null;
            return new DeadLetterPage("eetasks.DLQ", letters, next);
        } catch (JMSException e) {
            throw new ServiceUnavailableException("The dead-letter queue cannot be read: " + e.getMessage());
        }
    }

    /**
     * Skips the messages up to the cursor's: to just after it while it is still there, else (it was
     * taken meanwhile, and the later ones moved up) to its old position.
     */
    private static int skipPast(DeadLetterCursor cursor, Enumeration<?> messages) throws JMSException {
        int position = 0;
        while (position < cursor.position() && messages.hasMoreElements()) {
            if (messageId((Message) messages.nextElement(), position++).equals(cursor.messageId())) {
                break;
            }
        }
        return position;
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
        TaskRow task = taskId == null ? null : tasks.row(taskId);
        int deliveries = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 0;
        return new DeadLetter(messageId(message, position), taskId,
                message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()), deliveries,
                task);
    }

    private static String messageId(Message message, int position) throws JMSException {
        return message.getJMSMessageID() != null ? message.getJMSMessageID()
                : WITHOUT_ID + message.getJMSTimestamp() + "-" + position;
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
