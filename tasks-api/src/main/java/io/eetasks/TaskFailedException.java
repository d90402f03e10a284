package io.eetasks;

import java.util.UUID;

/** The awaited task finished with an error; {@link #getError()} holds it. */
public class TaskFailedException extends TaskException {

    private static final long serialVersionUID = 1L;

    private final UUID taskId;
    private final TaskError error;

    public TaskFailedException(UUID taskId, String taskName, TaskError error) {
        super("Task " + taskName + " (" + taskId + ") failed: " + error.type()
                + (error.message() == null ? "" : ": " + error.message()));
        this.taskId = taskId;
        this.error = error;
    }

    public UUID getTaskId() {
        return taskId;
    }

    /** The error of the last attempt, with its stack trace. */
    public TaskError getError() {
        return error;
    }
}
