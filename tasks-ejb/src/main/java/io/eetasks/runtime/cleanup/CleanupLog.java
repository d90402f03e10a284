package io.eetasks.runtime.cleanup;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.time.Duration;

/**
 * What the purge of finished tasks logs.
 *
 * <p>Ids EETASKS0400-0499 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 400, max = 499)
public interface CleanupLog {

    CleanupLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), CleanupLog.class,
            CleanupLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 401, value = "Purged %d finished task(s) past their retention")
    void purged(int deleted);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 402, value = "Purging finished tasks failed; the next purge is in %s")
    void purgeFailed(@Cause Throwable cause, Duration next);
}
