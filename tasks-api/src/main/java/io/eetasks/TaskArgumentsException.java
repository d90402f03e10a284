package io.eetasks;

/**
 * Recorded as the error of a task whose stored arguments its method cannot take: not JSON, another
 * number of them, or of another type (most often because the method's signature changed after the task
 * was submitted). Such a task fails at once: trying again cannot help.
 */
public class TaskArgumentsException extends TaskException {

    private static final long serialVersionUID = 1L;

    public TaskArgumentsException(String message, Throwable cause) {
        super(message, cause);
    }
}
