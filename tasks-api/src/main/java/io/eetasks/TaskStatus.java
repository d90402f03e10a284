package io.eetasks;

/**
 * The life-cycle states of a task. The allowed transitions between them are enforced by the
 * runtime in one place.
 */
public enum TaskStatus {
    /** Recorded and waiting for a consumer (or for its application to be deployed). */
    PENDING,
    /** Waiting for its due time. */
    SCHEDULED,
    /** Claimed by a node and running. */
    RUNNING,
    /** Its method returned; waiting for the tasks it spawned. */
    WAITING_FOR_CHILDREN,
    /** An attempt failed; waiting for the next attempt. */
    RETRY_WAIT,
    /** Finished with a result. */
    COMPLETED,
    /** Finished with an error. */
    FAILED,
    /** Cancelled before it finished. */
    CANCELLED;

    /** Whether the task can no longer change state. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
