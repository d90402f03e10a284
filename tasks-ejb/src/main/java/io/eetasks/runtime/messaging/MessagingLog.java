package io.eetasks.runtime.messaging;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.time.Duration;

/**
 * What the runtime's part of the package logs (tasks-ejb): re-dispatch, completion notices. The
 * transport's part (tasks-amqp) logs through {@link AmqpMessagingLog}.
 *
 * <p>Ids EETASKS0250-0299 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 250, max = 299)
public interface MessagingLog {

    MessagingLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), MessagingLog.class,
            MessagingLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 250, value = "Application %s is deployed; sent its %d waiting task(s)")
    void waitingTasksSent(String application, int sent);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 251, value = "Cannot announce finished tasks to other nodes (%s); their waiters will learn of them"
            + " from the database within %s")
    void cannotAnnounce(String problem, Duration within);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 252, value = "Could not announce finished tasks to other nodes (%s); their waiters will learn of"
            + " them from the database within %s")
    void announceFailed(String problem, Duration within);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 253, value = "Finished tasks are announced to other nodes again")
    void announcingAgain();

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 254, value = "Ignored a message on the completions topic that is not a list of task ids: %s")
    void notACompletionNotice(jakarta.jms.Message message);
}
