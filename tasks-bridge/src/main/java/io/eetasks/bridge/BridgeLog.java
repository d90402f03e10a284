package io.eetasks.bridge;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import java.util.UUID;

/**
 * What the bridge logs: applications that bring tasks come and go; a task's own log is full.
 *
 * <p>Ids EETASKS0001-0009 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 1, max = 9)
public interface BridgeLog {

    BridgeLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), BridgeLog.class,
            BridgeLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1, value = "Application %s provides %d task(s): %s")
    void applicationDeployed(String application, int tasks, Collection<String> names);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2, value = "Application %s no longer provides tasks; its tasks wait until it is deployed again")
    void applicationUndeployed(String application);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3, value = "Task %s (%s) has written %d lines to its log, the most a task keeps; its further lines"
            + " are not kept")
    void taskLogFull(String name, UUID taskId, int lines);
}
