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
