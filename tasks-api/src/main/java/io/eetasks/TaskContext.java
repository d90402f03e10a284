package io.eetasks;

import java.util.Optional;
import java.util.UUID;

/**
 * What a running task can learn about itself. Inside a {@link DistributedTask} method:
 *
 * <pre>{@code
 * for (Item item : items) {
 *     TaskContext.current().ifPresent(TaskContext::stopIfCancelled);
 *     process(item);
 * }
 * }</pre>
 */
public interface TaskContext {

    /** The context of the task running on this thread, or empty outside a task's execution. */
    static Optional<TaskContext> current() {
        return Optional.ofNullable(ApiBinding.BINDING.currentTask());
    }

    /** The id of the running task. */
    UUID taskId();

    /** The task's name. */
    String taskName();

    /** The number of this attempt, from 1. */
    int attempt();

    /** The key the task was submitted with ({@link TaskOptions#withIdempotencyKey}), if any. */
    Optional<String> idempotencyKey();

    /**
     * Reports how far the task has got, for the console's progress bar and {@link TaskInfo#progress()}.
     * Written at once in a transaction of its own, so it shows while the task runs and stays if the
     * attempt rolls back; calls less than {@value TaskProgress#WRITE_INTERVAL_MILLIS} ms after the last
     * one written are skipped, unless {@code done} reaches {@code total}.
     *
     * @param done  units done, from 0
     * @param total units in all, at least 1 and at least {@code done}
     */
    void progress(long done, long total);

    /**
     * Adds a line to the task's log, kept with the task (its attempt and time beside it) and shown live
     * in the console: written at once in a transaction of its own, so it stays if the attempt rolls back.
     * A task keeps its first {@value TaskLogLine#MAX_LINES} lines; a line is cut at
     * {@value TaskLogLine#MAX_LENGTH} characters.
     */
    void log(String message);

    /** Whether someone asked to cancel the task while it runs; the task decides when to stop. */
    boolean isCancellationRequested();

    /**
     * Stops the task if its cancellation was requested: throws {@link TaskCancelledException}, which
     * rolls back this attempt's transaction and ends the task CANCELLED.
     */
    default void stopIfCancelled() {
        if (isCancellationRequested()) {
            throw new TaskCancelledException(taskId(), taskName());
        }
    }
}
