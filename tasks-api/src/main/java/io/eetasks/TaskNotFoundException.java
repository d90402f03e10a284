package io.eetasks;

import java.util.UUID;

/** No task has the given id (it never existed, its transaction rolled back, or it was purged). */
public class TaskNotFoundException extends TaskException {

    private static final long serialVersionUID = 1L;

    private final UUID taskId;

    public TaskNotFoundException(UUID taskId) {
        super("No task with id " + taskId + " exists: it was never recorded, the transaction that"
                + " submitted it rolled back, or it has been cleaned up.");
        this.taskId = taskId;
    }

    public UUID getTaskId() {
        return taskId;
    }
}
