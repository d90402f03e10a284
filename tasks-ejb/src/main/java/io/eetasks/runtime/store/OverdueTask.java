package io.eetasks.runtime.store;

import java.time.Instant;
import java.util.UUID;

/** A PENDING task whose message is overdue, and when it last changed. */
public record OverdueTask(UUID id, String queue, int priority, Instant updatedAt) {

    public QueuedTask queued() {
        return new QueuedTask(id, queue, priority);
    }
}
