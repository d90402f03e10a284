package io.eetasks;

import java.util.UUID;

/** The awaited task was cancelled before it finished. */
public class TaskCancelledException extends TaskException {

    private static final long serialVersionUID = 1L;

    private final UUID taskId;

    public TaskCancelledException(UUID taskId, String taskName) {
        super("Task " + taskName + " (" + taskId + ") was cancelled.");
        this.taskId = taskId;
    }

    public UUID getTaskId() {
        return taskId;
    }
}
