package io.eetasks.admin;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the console's API logs.
 *
 * <p>Ids EETASKS0800-0899 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 800, max = 899)
public interface AdminLog {

    AdminLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), AdminLog.class,
            AdminLog.class.getPackageName());

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 801, value = "The admin API failed on a request")
    void requestFailed(@Cause Throwable cause);
}
