package io.eetasks.runtime.store;

import io.eetasks.CallbackCondition;
import io.eetasks.ChildFailurePolicy;
import io.eetasks.RetryPolicy;
import io.eetasks.TaskError;
import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskProgress;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.Submission;
import io.eetasks.spi.TaskTransport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A task as stored. Status changes go through {@link TaskStore}, which checks them. */
@Entity
@Table(name = "eet_task")
public class Task {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String application;

    /** The queue it is sent to (docs/queues.md). */
    @Column(name = "queue_name", nullable = false)
    private String queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(nullable = false)
    private String payload;

    private String result;

    @Column(name = "error_type")
    private String errorType;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "error_stack")
    private String errorStack;

    private int attempt;

    /** Attempts made before the latest re-run; the retry policy counts from here. */
    @Column(name = "attempt_offset")
    private int attemptOffset;

    @Column(name = "cancel_requested")
    private boolean cancelRequested;

    @Column(name = "timeout_ms")
    private Long timeoutMillis;

    /** condition:task name pairs, separated by ';'. */
    private String callbacks;

    @Column(name = "max_attempts")
    private int maxAttempts;

    @Column(name = "retry_initial_ms")
    private long retryInitialMillis;

    @Column(name = "retry_multiplier")
    private double retryMultiplier;

    @Column(name = "retry_max_ms")
    private long retryMaxMillis;

    @Column(name = "retry_jitter")
    private double retryJitter;

    /** Class names, comma-separated. */
    @Column(name = "retry_abort_on")
    private String retryAbortOn;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    private String node;

    @Column(name = "lease_expires_at")
    private Instant leaseExpiresAt;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "root_id")
    private UUID rootId;

    /** Whether the parent waits for this task (a callback, or a child run in the parent's thread, it does not). */
    @Column(name = "joins_parent")
    private boolean joinsParent;

    /** While WAITING_FOR_CHILDREN: how many children it still waits for. */
    @Column(name = "pending_children")
    private int pendingChildren;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_failure")
    private ChildFailurePolicy childFailure;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "trace_parent")
    private String traceParent;

    @Column(name = "waiting_for")
    private String waitingFor;

    /** When its message counts as sent, if the re-dispatch sent it again (see {@link ResendSpacing}). */
    @Column(name = "sent_as_of")
    private Instant sentAsOf;

    /** From 0 (lowest) to 9 (highest); the broker delivers by it (docs/priorities.md). */
    private int priority;

    /** Comma-separated, in the order given; {@code null} for none. Filtered by through {@link TaskLabel}. */
    private String labels;

    /** The limit it starts under (docs/permits.md), or {@code null}. */
    @Column(name = "limit_name")
    private String limitName;

    /** The key of its limit, {@code ""} for the limit's one shared key; {@code null} without a limit. */
    @Column(name = "limit_key")
    private String limitKey;

    @Version
    private long version;

    protected Task() {
    }

    /** A new task in the given first status, owned by {@code application}. */
    public static Task create(String application, String name, String payload, TaskStatus status) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.rootId = task.id;
        task.application = application;
        task.queue = TaskTransport.DEFAULT_QUEUE;
        task.name = name;
        task.payload = payload;
        task.status = status;
        task.maxAttempts = 1;
        task.priority = TaskOptions.DEFAULT_PRIORITY;
        task.createdAt = Instant.now();
        task.updatedAt = task.createdAt;
        return task;
    }

    /** Sets the retry policy of a new task. */
    public Task retriedBy(RetryPolicy policy) {
        this.maxAttempts = policy.maxAttempts();
        this.retryInitialMillis = policy.initialDelay().toMillis();
        this.retryMultiplier = policy.multiplier();
        this.retryMaxMillis = policy.maxDelay().toMillis();
        this.retryJitter = policy.jitter();
        this.retryAbortOn = policy.abortOn().isEmpty() ? null : String.join(",", policy.abortOn());
        return this;
    }

    /** Limits how long one attempt of a new task may run; {@code null} for no limit. */
    public Task limitedTo(Duration timeout) {
        this.timeoutMillis = timeout == null ? null : timeout.toMillis();
        return this;
    }

    /** How long one attempt may run, if limited. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeoutMillis).map(Duration::ofMillis);
    }

    /** Sets the callbacks a new task submits when it finishes. */
    public Task withCallbacks(List<Map.Entry<CallbackCondition, String>> given) {
        this.callbacks = given.isEmpty() ? null : given.stream()
                .map(callback -> callback.getKey().name() + ":" + callback.getValue())
                .collect(Collectors.joining(";"));
        return this;
    }

    /** The callbacks this task submits when it finishes. */
    public List<Map.Entry<CallbackCondition, String>> callbacks() {
        if (callbacks == null) {
            return List.of();
        }
        return Arrays.stream(callbacks.split(";"))
                .map(pair -> pair.split(":", 2))
                .map(pair -> Map.entry(CallbackCondition.valueOf(pair[0]), pair[1]))
                .toList();
    }

    /** Makes a new task part of {@code parent}'s tree. */
    public Task childOf(Task parent) {
        this.parentId = parent.id;
        this.rootId = parent.rootId;
        return this;
    }

    /** Makes a new task a child that {@code parent} waits for before it is decided. */
    public Task joinedTo(Task parent) {
        this.joinsParent = true;
        return childOf(parent);
    }

    /** The parent that waits for this task, if it has one. */
    public Optional<UUID> joinedParent() {
        return joinsParent ? Optional.ofNullable(parentId) : Optional.empty();
    }

    /** What this task does, as a parent, when a child fails. */
    public ChildFailurePolicy childFailurePolicy() {
        return childFailure == null ? ChildFailurePolicy.CONTINUE : childFailure;
    }

    /** Records when a new task that runs at once was due, such as the fire time of the schedule that made it. */
    public Task wasDueAt(Instant dueAt) {
        this.scheduledAt = dueAt;
        return this;
    }

    /** Makes a new task wait, SCHEDULED, until {@code dueAt}. */
    public Task scheduledFor(Instant dueAt) {
        this.status = TaskStatus.SCHEDULED;
        this.scheduledAt = dueAt;
        return this;
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Math.max(1, maxAttempts), Duration.ofMillis(retryInitialMillis),
                Math.max(1, retryMultiplier), Duration.ofMillis(retryMaxMillis), retryJitter,
                retryAbortOn == null ? List.of() : List.of(retryAbortOn.split(",")));
    }

    /** A new task for the submission, in the given first status, retried by {@code retry}. */
    public static Task of(Submission submission, TaskStatus status, RetryPolicy retry) {
        Task task = create(submission.application(), submission.name(), submission.payloadJson(), status)
                .retriedBy(retry).limitedTo(submission.timeout()).withCallbacks(submission.callbacks())
                .decidedBy(submission.onChildFailure()).sentTo(submission.queue());
        task.idempotencyKey = submission.idempotencyKey();
        task.priority = submission.priority();
        task.labels = submission.labels().isEmpty() ? null : String.join(",", submission.labels());
        task.limitName = submission.limit();
        task.limitKey = submission.limitKey();
        return task;
    }

    /** The limit it starts under, or {@code null}. */
    public String getLimitName() {
        return limitName;
    }

    /** The key of its limit ({@code ""} for the shared key), or {@code null} without a limit. */
    public String getLimitKey() {
        return limitKey;
    }

    /** Its priority, from 0 (lowest) to 9 (highest). */
    public int getPriority() {
        return priority;
    }

    /** Its labels, in the order given. */
    public List<String> labels() {
        return labels == null ? List.of() : List.of(labels.split(","));
    }

    /** The rows that let lists filter it by its labels. */
    List<TaskLabel> labelRows() {
        return labels().stream().map(label -> new TaskLabel(label, this)).toList();
    }

    /** When it was recorded. */
    public Instant createdAt() {
        return createdAt;
    }

    /** Records the trace context of the submission (a W3C traceparent), which the task's runs join. */
    public Task tracedAs(String submissionTraceParent) {
        this.traceParent = submissionTraceParent;
        return this;
    }

    /** The W3C traceparent of the submission, or {@code null} if nothing traced it. */
    public String getTraceParent() {
        return traceParent;
    }

    /** The key that makes submissions repeating this one return it, or {@code null}. */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** Sets the queue a new task is sent to; {@code null} for the default queue. */
    public Task sentTo(String queueName) {
        this.queue = queueName == null ? TaskTransport.DEFAULT_QUEUE : queueName;
        return this;
    }

    /** Sets what a new task does, as a parent, when a child fails. */
    public Task decidedBy(ChildFailurePolicy policy) {
        this.childFailure = policy;
        return this;
    }

    /** Marks a new task as started by {@code node}, for tasks that start as soon as they exist. */
    public Task startedOn(String runningNode, Instant leaseUntil) {
        this.status = TaskStatus.RUNNING;
        this.attempt = 1;
        this.node = runningNode;
        this.startedAt = createdAt;
        this.leaseExpiresAt = leaseUntil;
        return this;
    }

    public TaskInfo toInfo() {
        return toInfo(null);
    }

    /** The task as the API shows it, with the progress it last reported. */
    public TaskInfo toInfo(TaskProgress progress) {
        TaskError error = errorType == null ? null : new TaskError(errorType, errorMessage, errorStack);
        return new TaskInfo(id, name, application, status, attempt, maxAttempts, scheduledAt, createdAt, startedAt,
                completedAt, result, error, waitingFor, parentId, rootId, queue, priority, labels(), progress);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getApplication() {
        return application;
    }

    public String getQueue() {
        return queue;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getPayload() {
        return payload;
    }

    public String getResult() {
        return result;
    }

    public String getWaitingFor() {
        return waitingFor;
    }

    public int getAttempt() {
        return attempt;
    }

    /** The number of the current attempt within the latest run (re-runs start again from 1). */
    public int attemptOfRun() {
        return attempt - attemptOffset;
    }

    public Instant getLeaseExpiresAt() {
        return leaseExpiresAt;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** Mirrors a successful claim on this copy: the next attempt, RUNNING on {@code runningNode}. */
    public void claimedBy(String runningNode) {
        this.status = TaskStatus.RUNNING;
        this.attempt++;
        this.node = runningNode;
    }

    /** Since when the task could start: when it was due (scheduled, a retry), else when it was recorded. */
    public Instant readySince() {
        return scheduledAt != null && scheduledAt.isAfter(createdAt) ? scheduledAt : createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getNode() {
        return node;
    }
}
