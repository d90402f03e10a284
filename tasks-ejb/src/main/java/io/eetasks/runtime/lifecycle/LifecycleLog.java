package io.eetasks.runtime.lifecycle;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the runtime's start, stop and periodic work log.
 *
 * <p>Ids EETASKS0010-0013 (docs/logging.md); 0010 is retired.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 10, max = 13)
public interface LifecycleLog {

    LifecycleLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), LifecycleLog.class,
            LifecycleLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 11, value = "EE Tasks runtime started on node %s")
    void runtimeStarted(String node);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 12, value = "EE Tasks runtime stopped; applications cannot submit tasks until it is deployed again")
    void runtimeStopped();

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 13, value = "%s failed; %s")
    void workFailed(@Cause Throwable cause, String work, String whatNext);
}
