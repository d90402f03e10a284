package io.eetasks.runtime.store;

import java.util.UUID;

/** A task to send, the queue it goes to, and its priority there. */
public record QueuedTask(UUID id, String queue, int priority) {

    /** The task's message, to send. */
    public static QueuedTask of(Task task) {
        return new QueuedTask(task.getId(), task.getQueue(), task.getPriority());
    }
}
