package io.eetasks.runtime.execution;

import io.eetasks.TaskStatus;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.UUID;

/**
 * What running tasks and keeping their leases log.
 *
 * <p>Ids EETASKS0500-0599 (docs/logging.md); 0502 is retired (a failed lease renewal is logged as
 * periodic work, EETASKS0013).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 500, max = 599)
public interface ExecutionLog {

    ExecutionLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), ExecutionLog.class,
            ExecutionLog.class.getPackageName());

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 501, value = "Task %s (%s) was RUNNING on node %s past its lease; attempt %d ended and the task is"
            + " now %s")
    void leaseExpired(String name, UUID task, String node, int attempt, TaskStatus next);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 503, value = "Received task %s, which does not exist (cleaned up?); message ignored")
    void noSuchTask(UUID task);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 504, value = "Task %s (%s) cannot run: %s")
    void cannotRun(String name, UUID task, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 505, value = "Attempt %d of task %s failed, but it had already ended (taken over or cancelled); the"
            + " failure was not recorded: %s: %s")
    void failureAfterEnd(int attempt, UUID task, String errorType, String errorMessage);
}
