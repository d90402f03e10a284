package io.eetasks.runtime.scheduling;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.time.Instant;

/**
 * What recurring schedules and the due-task timer log.
 *
 * <p>Ids EETASKS0600-0699 (docs/logging.md); 0605 is retired.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 600, max = 699)
public interface SchedulingLog {

    SchedulingLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), SchedulingLog.class,
            SchedulingLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 601, value = "Schedule %s registered for task %s of %s")
    void scheduleRegistered(String schedule, String task, String application);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 602, value = "Schedule %s of %s changed")
    void scheduleChanged(String schedule, String application);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 603, value = "Schedule %s could not fire; it will be tried again")
    void scheduleFailed(@Cause Throwable cause, String schedule);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 604, value = "Schedule %s of %s missed its fire time %s and skips it; next fire time %s")
    void fireTimeSkipped(String schedule, String application, Instant due, Instant next);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 606, value = "Looking for due tasks failed; the next look is in %s")
    void dueTasksFailed(@Cause Throwable cause, Duration next);
}
