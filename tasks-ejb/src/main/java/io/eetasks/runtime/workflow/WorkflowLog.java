package io.eetasks.runtime.workflow;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.UUID;

/**
 * What workflows (parents and their children) log.
 *
 * <p>Ids EETASKS0700-0799 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 700, max = 799)
public interface WorkflowLog {

    WorkflowLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), WorkflowLog.class,
            WorkflowLog.class.getPackageName());

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 701, value = "Task %s found its children's stripes empty, but %d children are unfinished; it waits"
            + " for them")
    void stripesEmpty(UUID parent, int unfinished);
}
