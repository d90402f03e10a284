package io.eetasks.runtime.cleanup;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the purge of finished tasks logs.
 *
 * <p>Ids EETASKS0400-0499 (docs/logging.md); 0402 is retired (a failed purge is logged as
 * periodic work, EETASKS0013).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 400, max = 499)
public interface CleanupLog {

    CleanupLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), CleanupLog.class,
            CleanupLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 401, value = "Purged %d finished task(s) past their retention")
    void purged(int deleted);
}
