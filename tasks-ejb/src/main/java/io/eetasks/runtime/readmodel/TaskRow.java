package io.eetasks.runtime.readmodel;

import io.eetasks.TaskInfo;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.Task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task as a list shows it: no payload or result, the start of its error message only.
 * {@code attempt} counts every attempt the task has had; {@code runAttempt} the attempts of its latest
 * run (a retried task starts again from 1), which is what {@code maxAttempts} limits.
 */
public record TaskRow(UUID id, String name, String application, String queue, TaskStatus status, int attempt,
                      int runAttempt, int maxAttempts,
                      Instant createdAt, Instant scheduledAt, Instant startedAt, Instant completedAt,
                      UUID parentId, UUID rootId, String errorType, String errorMessage, String waitingFor,
                      int priority, List<String> labels) {

    /** How much of an error message a row shows; queries read one character more, to know it goes on. */
    static final int MESSAGE_LENGTH = 300;

    /** As a query reads it: the labels as stored, comma-separated. */
    public TaskRow(UUID id, String name, String application, String queue, TaskStatus status, int attempt,
                   int runAttempt, int maxAttempts, Instant createdAt, Instant scheduledAt, Instant startedAt,
                   Instant completedAt, UUID parentId, UUID rootId, String errorType, String errorMessage,
                   String waitingFor, int priority, String labels) {
        this(id, name, application, queue, status, attempt, runAttempt, maxAttempts, createdAt, scheduledAt, startedAt,
                completedAt, parentId, rootId, errorType, errorMessage, waitingFor, priority,
                labels == null ? List.of() : List.of(labels.split(",")));
    }

    public TaskRow {
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (errorMessage != null && errorMessage.length() > MESSAGE_LENGTH) {
            errorMessage = errorMessage.substring(0, MESSAGE_LENGTH) + "…";
        }
    }

    static TaskRow of(Task stored) {
        TaskInfo task = stored.toInfo();
        return new TaskRow(task.id(), task.name(), task.application(), task.queue(), task.status(), task.attempt(),
                stored.attemptOfRun(), task.maxAttempts(), task.createdAt(), task.scheduledAt(), task.startedAt(),
                task.completedAt(), task.parentId(), task.rootId(), task.error() == null ? null : task.error().type(),
                task.error() == null ? null : task.error().message(), task.waitingFor(), task.priority(), task.labels());
    }
}
