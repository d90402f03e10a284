package io.eetasks.runtime.awaiting;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.time.Duration;

/**
 * What announcing finished tasks to the other nodes logs (completion notices).
 *
 * <p>Ids EETASKS0251-0299 (docs/logging.md); 0250 belongs to {@code io.eetasks.runtime.dispatch}.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 251, max = 299)
public interface AwaitingLog {

    AwaitingLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), AwaitingLog.class,
            AwaitingLog.class.getPackageName());

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
