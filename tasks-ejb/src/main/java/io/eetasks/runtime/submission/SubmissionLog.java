package io.eetasks.runtime.submission;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;

/**
 * What the submission side logs.
 *
 * <p>Ids EETASKS0014-0019 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 14, max = 19)
public interface SubmissionLog {

    SubmissionLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), SubmissionLog.class,
            SubmissionLog.class.getPackageName());

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 14, value = "Application %s declares schedule %s, which cannot be registered: %s")
    void scheduleNotRegistered(String application, String schedule, String problem);
}
