package io.eetasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A snapshot of a task as stored.
 *
 * @param id          the task id
 * @param name        the task name
 * @param application the application that provides the task
 * @param status      the status at the time of reading
 * @param attempt     the number of attempts started so far
 * @param maxAttempts the number of attempts allowed, {@link RetryPolicy#UNLIMITED} for no limit
 * @param scheduledAt when the task is (or was) due: the end of its delay, the fire time of the schedule
 *                    that submitted it, or when its retry is due; {@code null} for a task submitted to
 *                    run at once
 * @param createdAt   when the task was recorded
 * @param startedAt   when the last attempt started, or {@code null}
 * @param completedAt when the task reached a terminal state, or {@code null}
 * @param resultJson  the result as JSON when {@link TaskStatus#COMPLETED}, else {@code null}
 * @param error       the last error, or {@code null}
 * @param waitingFor  why a pending task is not running (for example its application is not
 *                    deployed), or {@code null}
 * @param parentId    the task that submitted this one (or whose callback it is), or {@code null}
 * @param rootId      the first task of its tree (its own id for a task without parent)
 * @param queue       the queue it is sent to ({@code default} unless it names one)
 * @param priority    its priority, from {@value TaskOptions#MIN_PRIORITY} to {@value TaskOptions#MAX_PRIORITY}
 * @param labels      its labels, in the order given
 * @param progress    how far it got, as it last reported, or {@code null} if it never did
 */
public record TaskInfo(UUID id,
                       String name,
                       String application,
                       TaskStatus status,
                       int attempt,
                       int maxAttempts,
                       Instant scheduledAt,
                       Instant createdAt,
                       Instant startedAt,
                       Instant completedAt,
                       String resultJson,
                       TaskError error,
                       String waitingFor,
                       UUID parentId,
                       UUID rootId,
                       String queue,
                       int priority,
                       List<String> labels,
                       TaskProgress progress) {

    public TaskInfo {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** How far it got, if it reported it ({@link TaskContext#progress(long, long)}). */
    public Optional<TaskProgress> lastProgress() {
        return Optional.ofNullable(progress);
    }

    /** The last error, if any. */
    public Optional<TaskError> lastError() {
        return Optional.ofNullable(error);
    }
}
