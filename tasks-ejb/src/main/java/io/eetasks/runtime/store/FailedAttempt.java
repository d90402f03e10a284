package io.eetasks.runtime.store;

import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One failed attempt of a task, kept so that every attempt's error can be read later. */
@Entity
@Table(name = "eet_task_attempt")
public class FailedAttempt {

    @Id
    private UUID id;

    @Column(name = "task_id", nullable = false)
    private UUID taskId;

    private int attempt;

    private String node;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "error_type", nullable = false)
    private String errorType;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "error_stack")
    private String errorStack;

    protected FailedAttempt() {
    }

    /** The attempt the task is in now, ended by {@code error}. */
    public static FailedAttempt of(Task task, TaskError error) {
        FailedAttempt failed = new FailedAttempt();
        failed.id = UUID.randomUUID();
        failed.taskId = task.getId();
        failed.attempt = task.getAttempt();
        failed.node = task.getNode();
        failed.startedAt = task.getStartedAt();
        failed.finishedAt = Instant.now();
        failed.errorType = error.type();
        failed.errorMessage = error.message();
        failed.errorStack = error.stackTrace();
        return failed;
    }

    public TaskAttemptInfo toInfo() {
        return new TaskAttemptInfo(attempt, node, startedAt, finishedAt,
                new TaskError(errorType, errorMessage, errorStack));
    }
}
