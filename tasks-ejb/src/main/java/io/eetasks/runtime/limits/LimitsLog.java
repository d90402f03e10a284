package io.eetasks.runtime.limits;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * What the limits log: a permit that nothing gave back.
 *
 * <p>Ids EETASKS1100-1199 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 1100, max = 1199)
public interface LimitsLog {

    LimitsLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), LimitsLog.class,
            LimitsLog.class.getPackageName());

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 1100, value = "Gave back permits of %s held by tasks that neither run nor wait to run")
    void strayPermitsReleased(List<LimitKey> keys);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 1101, value = "Limit %s is defined: %s")
    void limitDefined(String name, String bounds);
}
