package io.eetasks.runtime.submission;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the runtime's lifecycle and submission side log.
 *
 * <p>Ids EETASKS0010-0019 (docs/logging.md); 0010 is retired.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 10, max = 19)
public interface SubmissionLog {

    SubmissionLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), SubmissionLog.class,
            SubmissionLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 11, value = "EE Tasks runtime started on node %s")
    void runtimeStarted(String node);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 12, value = "EE Tasks runtime stopped; applications cannot submit tasks until it is deployed again")
    void runtimeStopped();

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 13, value = "Periodic %s failed; it will run again")
    void periodicWorkFailed(@Cause Throwable cause, String work);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 14, value = "Application %s declares schedule %s, which cannot be registered: %s")
    void scheduleNotRegistered(String application, String schedule, String problem);
}
