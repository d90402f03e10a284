package io.eetasks.runtime.messaging;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.UUID;

/**
 * What the transport logs (tasks-amqp): sends, the broker's answers, the AMQP channel. The
 * runtime's part of the package (tasks-ejb) logs through {@code MessagingLog}, EETASKS0250-0299.
 *
 * <p>Ids EETASKS0200-0249 (docs/logging.md); 0204-0208 are retired, and 0214 is taken by the message
 * of the exception thrown when the broker password is missing.
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
    @Message(id = 202, value = "Could not send task %s to the broker (%s); it will be sent again later")
    void sendFailed(UUID task, String problem);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 203, value = "The broker refused task %s (%s); it will be sent again later")
    void sendRefused(UUID task, String problem);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 209, value = "tasks.dispatch.max-in-flight is %d; with %d or more unacknowledged messages an Artemis"
            + " broker with its default amqpLowCredits (%2$d) stops granting credit, and the AMQP connector may then"
            + " close its channel. Keep it below the broker's amqpLowCredits.")
    void maxInFlightTooHigh(int maxInFlight, int lowCredits);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 210, value = "The AMQP channel to the broker is dead (%s); tasks are sent over JMS"
            + " (tasks.jms.connection-factory) from now on. Redeploy the tasks EAR to use AMQP again.")
    void channelDead(String why);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 211, value = "Could not send task %s over JMS (%s); it will be sent again later")
    void jmsSendFailed(UUID task, String problem);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 212, value = "The broker has acknowledged nothing for %d s; %d task messages are sent as soon as it"
            + " does")
    void outageBegins(long seconds, int waiting);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 213, value = "The broker acknowledges again after %d s; %d task messages still wait to be sent")
    void outageEnds(long seconds, int waiting);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 215, value = "%d task messages were never acknowledged although later ones were; the re-dispatch"
            + " sends their tasks again")
    void sendsLost(int lost);
}
