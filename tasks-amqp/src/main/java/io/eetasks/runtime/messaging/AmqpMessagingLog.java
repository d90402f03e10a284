package io.eetasks.runtime.messaging;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.UUID;

/**
 * What the transport logs (tasks-amqp): sends, the broker's answers, the connection to the broker. The
 * runtime's part of the package (tasks-ejb) logs through {@code MessagingLog}, EETASKS0250-0299.
 *
 * <p>Ids EETASKS0200-0249 (docs/logging.md); 0202, 0204-0211 and 0215 are retired, and 0214 and 0216 are taken by
 * the messages of the exceptions thrown when the broker password is missing or cannot be made.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 200, max = 249)
public interface AmqpMessagingLog {

    AmqpMessagingLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), AmqpMessagingLog.class,
            AmqpMessagingLog.class.getPackageName());

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 201, value = "%d task messages wait for the broker; task %s and those after it wait for the"
            + " re-dispatch")
    void outboxFull(int waiting, UUID task);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 203, value = "The broker refused task %s (%s); it will be sent again later")
    void sendRefused(UUID task, String problem);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 212, value = "The broker at %s is unreachable (%s); task messages wait in memory and are sent as soon"
            + " as it is back: %d sent again then (not acknowledged when the connection was lost), %d more waiting now")
    void outageBegins(String broker, String why, int sentAgain, int waiting);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 213, value = "The broker at %s is reachable again after %d s; %d task messages not acknowledged"
            + " before the outage and %d sent during it go now")
    void outageEnds(String broker, long seconds, int sentAgain, int waiting);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 217, value = "Made the embedded broker's user %s with a generated password, kept in %s")
    void brokerUserCreated(String username, String passwordFile);
}
