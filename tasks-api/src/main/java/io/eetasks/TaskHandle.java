package io.eetasks;

import java.time.Duration;
import java.util.UUID;

/**
 * What the caller of a {@link DistributedTask} method gets back: the id of the recorded task, and
 * a way to follow it.
 *
 * <p>Inside the task's own method, return {@link #completed(Object)} to hand the result over, in
 * the same way as an EJB {@code @Asynchronous} method returns an {@code AsyncResult}.
 *
 * @param <R> the type of the task's result
 */
public interface TaskHandle<R> {

    /**
     * Wraps the result a task method returns. Only meaningful as the return value of a
     * {@link DistributedTask} method; the caller never sees this object.
     */
    static <R> TaskHandle<R> completed(R result) {
        return ApiBinding.BINDING.completed(result);
    }

    /** The id of the task. */
    UUID id();

    /** The task as stored now. */
    TaskInfo info();

    /** The task's status now. */
    default TaskStatus status() {
        return info().status();
    }

    /**
     * Waits until the task finishes and returns its result.
     *
     * @throws TaskFailedException    if the task failed
     * @throws TaskCancelledException if the task was cancelled
     * @throws TaskTimeoutException   if the task did not finish within the timeout
     */
    R await(Duration timeout);
}
