package io.eetasks.runtime.store;

import java.time.Instant;
import java.util.UUID;

/** A PENDING task's place in the order in which all of them are sent again. */
public record PendingTask(UUID id, String queue, int priority, Instant updatedAt) {

    /** Before every task. */
    public static final PendingTask FIRST = new PendingTask(new UUID(0, 0), null, 0, Instant.EPOCH);

    public QueuedTask queued() {
        return new QueuedTask(id, queue, priority);
    }
}
