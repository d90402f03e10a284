package io.eetasks.runtime.store;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the task store logs.
 *
 * <p>Ids EETASKS0030-0039 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 30, max = 39)
public interface StoreLog {

    StoreLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), StoreLog.class,
            StoreLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 30, value = "Task schema is at version %s (%d migration(s) applied now)")
    void schemaVersion(String version, int migrationsApplied);
}
