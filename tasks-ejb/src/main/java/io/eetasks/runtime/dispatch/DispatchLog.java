package io.eetasks.runtime.dispatch;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What dispatching and re-dispatching tasks log.
 *
 * <p>Id EETASKS0250 (docs/logging.md); 0251-0299 belong to {@code io.eetasks.runtime.awaiting}.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 250, max = 250)
public interface DispatchLog {

    DispatchLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), DispatchLog.class,
            DispatchLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 250, value = "Application %s is deployed; sent its %d waiting task(s)")
    void waitingTasksSent(String application, int sent);
}
