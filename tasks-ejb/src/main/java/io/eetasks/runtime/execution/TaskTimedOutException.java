package io.eetasks.runtime.execution;

import java.time.Duration;

/** Recorded as the error of an attempt that ran longer than its task's timeout. */
public class TaskTimedOutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskTimedOutException(Duration timeout, Duration ran, Throwable cause) {
        super("The attempt ran " + ran.toMillis() + " ms, longer than the task's timeout of " + timeout
                + "; its transaction was rolled back", cause);
    }
}
