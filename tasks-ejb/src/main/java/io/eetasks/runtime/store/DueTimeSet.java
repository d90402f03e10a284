package io.eetasks.runtime.store;

import java.time.Instant;

/**
 * A task was given a time to wait for (SCHEDULED or RETRY_WAIT), on this node's clock. Fired in the
 * transaction that stores it, once unless a later task is due earlier; observed after its commit,
 * so that the task is released on time.
 */
public record DueTimeSet(Instant dueAt) {
}
