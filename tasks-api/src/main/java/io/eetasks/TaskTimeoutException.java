package io.eetasks;

import java.time.Duration;
import java.util.UUID;

/** The awaited task did not finish within the timeout; it goes on, and can be awaited again. */
public class TaskTimeoutException extends TaskException {

    private static final long serialVersionUID = 1L;

    private final UUID taskId;
    private final TaskStatus lastStatus;

    public TaskTimeoutException(UUID taskId, Duration timeout, TaskStatus lastStatus) {
        super("Task " + taskId + " did not finish within " + timeout + "; it is still " + lastStatus + ".");
        this.taskId = taskId;
        this.lastStatus = lastStatus;
    }

    public UUID getTaskId() {
        return taskId;
    }

    /** The task's status when the wait ended. */
    public TaskStatus getLastStatus() {
        return lastStatus;
    }
}
