package io.eetasks.runtime.metrics;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What metrics log.
 *
 * <p>Ids EETASKS0900-0999 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 900, max = 999)
public interface MetricsLog {

    MetricsLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), MetricsLog.class,
            MetricsLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 901, value = "The server has no Micrometer registry (the micrometer subsystem); EE Tasks publishes"
            + " no metrics. Run 07-observability.cli to add it.")
    void noRegistry();
}
