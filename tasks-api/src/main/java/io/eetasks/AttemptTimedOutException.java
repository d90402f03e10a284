package io.eetasks;

import java.time.Duration;

/**
 * Recorded as the error of an attempt that ran longer than its task's timeout; its transaction was
 * rolled back.
 * Not to be confused with {@link TaskTimeoutException}, which a caller gets when a wait ends first.
 */
public class AttemptTimedOutException extends TaskException {

    private static final long serialVersionUID = 1L;

    public AttemptTimedOutException(Duration timeout, Duration ran, Throwable cause) {
        super("The attempt ran " + ran.toMillis() + " ms, longer than the task's timeout of " + timeout
                + "; its transaction was rolled back", cause);
    }
}
