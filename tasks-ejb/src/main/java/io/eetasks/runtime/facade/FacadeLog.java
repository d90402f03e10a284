package io.eetasks.runtime.facade;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the runtime's facade (the services applications call) logs.
 *
 * <p>Ids EETASKS0014-0019 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 14, max = 19)
public interface FacadeLog {

    FacadeLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), FacadeLog.class,
            FacadeLog.class.getPackageName());

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 14, value = "Application %s declares schedule %s, which cannot be registered: %s")
    void scheduleNotRegistered(String application, String schedule, String problem);
}
