package io.eetasks.admin;

import io.eetasks.TaskInfo;
import io.eetasks.TaskStatus;

import java.time.Instant;
import java.util.UUID;

/** A task as a list shows it: no payload or result, the first line of its error only. */
public record TaskRow(UUID id, String name, String application, String queue, TaskStatus status, int attempt,
                      int maxAttempts,
                      Instant createdAt, Instant scheduledAt, Instant startedAt, Instant completedAt,
                      UUID parentId, UUID rootId, String errorType, String errorMessage, String waitingFor) {

    private static final int MESSAGE_LENGTH = 300;

    public static TaskRow of(TaskInfo task) {
        String message = task.error() == null || task.error().message() == null ? null : task.error().message();
        if (message != null && message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH) + "…";
        }
        return new TaskRow(task.id(), task.name(), task.application(), task.queue(), task.status(), task.attempt(),
                task.maxAttempts(), task.createdAt(), task.scheduledAt(), task.startedAt(), task.completedAt(),
                task.parentId(), task.rootId(), task.error() == null ? null : task.error().type(), message,
                task.waitingFor());
    }
}
