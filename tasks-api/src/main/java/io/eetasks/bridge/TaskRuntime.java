package io.eetasks.bridge;

import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskStatus;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** What the tasks EAR offers to applications, through {@link TaskRegistry}. */
public interface TaskRuntime {

    /**
     * Records the task in the caller's transaction (or a new one) and dispatches it after commit,
     * or runs it at once when {@link Submission#executeNow()} says so.
     *
     * @return the id of the new task
     */
    UUID submit(Submission submission);

    /** The task as stored now, or {@code null} if there is none. */
    TaskInfo find(UUID taskId);

    /** The failed attempts of a task, oldest first. */
    List<TaskAttemptInfo> failedAttempts(UUID taskId);

    /**
     * Waits up to {@code timeout} for the task to finish.
     *
     * @return the task when it finished or when the wait ended, or {@code null} if there is none
     */
    TaskInfo await(UUID taskId, Duration timeout);

    /** Completes with the task once it reaches a terminal state. */
    CompletionStage<TaskInfo> whenFinished(UUID taskId);

    /** See {@link io.eetasks.TaskService#cancel(UUID)}; {@code null} if there is no such task. */
    TaskStatus cancel(UUID taskId);

    /** See {@link io.eetasks.TaskService#rerun(UUID)}; false if the task is neither FAILED nor CANCELLED. */
    boolean rerun(UUID taskId);

    /** Whether cancelling the running task was requested. */
    boolean isCancellationRequested(UUID taskId);

    /** Told when an application that provides tasks has been deployed. */
    void applicationAvailable(String application);
}
