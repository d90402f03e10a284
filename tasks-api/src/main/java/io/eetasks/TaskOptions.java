package io.eetasks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options for a single submission, used with {@link TaskService#submit(TaskOptions, java.util.function.Supplier)}.
 * Immutable; each {@code with...} returns a copy.
 *
 * <pre>{@code
 * tasks.submit(TaskOptions.executeNow(), () -> greeter.greet("Ada"));
 * tasks.submit(TaskOptions.delay(Duration.ofMinutes(5)).withRetry(RetryPolicy.attempts(5)), () -> mailer.send(mail));
 * }</pre>
 */
public final class TaskOptions {

    private static final TaskOptions DEFAULTS = new TaskOptions(false, null, null, null, List.of(), null, null);
    /** As long as the column that keeps it. */
    private static final int KEY_LENGTH = 200;

    private final boolean executeNow;
    private final Instant runAt;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final List<Map.Entry<CallbackCondition, String>> callbacks;
    private final String queue;
    private final String idempotencyKey;

    private TaskOptions(boolean executeNow, Instant runAt, RetryPolicy retry, Duration timeout,
                        List<Map.Entry<CallbackCondition, String>> callbacks, String queue, String idempotencyKey) {
        if (executeNow && runAt != null) {
            throw new IllegalArgumentException("A task cannot both run now (executeNow) and at " + runAt);
        }
        this.executeNow = executeNow;
        this.runAt = runAt;
        this.retry = retry;
        this.timeout = timeout;
        this.callbacks = List.copyOf(callbacks);
        this.queue = queue;
        this.idempotencyKey = idempotencyKey;
    }

    /** The options a plain call of a {@link DistributedTask} method uses. */
    public static TaskOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Runs the task at once in the caller's thread, bypassing the queue. The task is still
     * recorded; its outcome is recorded before the call returns, and the caller awaits it as usual.
     */
    public static TaskOptions executeNow() {
        return new TaskOptions(true, null, null, null, List.of(), null, null);
    }

    /** Runs the task at the given instant (at once if it has passed). It waits as SCHEDULED. */
    public static TaskOptions runAt(Instant instant) {
        return new TaskOptions(false, Objects.requireNonNull(instant, "instant is required"), null, null, List.of(), null,
                null);
    }

    /** Runs the task once the given delay, counted from now, has passed. */
    public static TaskOptions delay(Duration delay) {
        Objects.requireNonNull(delay, "delay is required");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        return runAt(Instant.now().plus(delay));
    }

    /** These options with the given retry policy, which overrides the method's. */
    public TaskOptions withRetry(RetryPolicy policy) {
        return new TaskOptions(executeNow, runAt, Objects.requireNonNull(policy, "policy is required"), timeout,
                callbacks, queue, idempotencyKey);
    }

    /** These options with a limit on how long one attempt may run, which overrides the method's. */
    public TaskOptions withTimeout(Duration limit) {
        Objects.requireNonNull(limit, "limit is required");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("A timeout must be positive, was " + limit);
        }
        return new TaskOptions(executeNow, runAt, retry, limit, callbacks, queue, idempotencyKey);
    }

    /**
     * These options with one more callback: the task of this application named {@code taskName} is
     * submitted with the outcome when this task finishes as {@code condition} says.
     */
    public TaskOptions withCallback(CallbackCondition condition, String taskName) {
        Objects.requireNonNull(condition, "condition is required");
        if (taskName == null || taskName.isBlank()) {
            throw new IllegalArgumentException("A callback needs the name of a task");
        }
        List<Map.Entry<CallbackCondition, String>> more = new ArrayList<>(callbacks);
        more.add(Map.entry(condition, taskName));
        return new TaskOptions(executeNow, runAt, retry, timeout, more, queue, idempotencyKey);
    }

    /**
     * These options with the queue the task is sent to, which overrides the method's (see
     * {@link DistributedTask#queue()}). A queue the runtime does not know fails the submission.
     */
    public TaskOptions withQueue(String queueName) {
        if (queueName == null || queueName.isBlank()) {
            throw new IllegalArgumentException("A queue needs a name");
        }
        return new TaskOptions(executeNow, runAt, retry, timeout, callbacks, queueName, idempotencyKey);
    }

    /**
     * These options with an idempotency key: a submission of the same task (by name, in the same
     * application) with a key an earlier submission had returns that task's handle instead of making
     * another, also when the two race on two nodes. The key is kept with the task, so it holds while the
     * task is kept (see {@code tasks.cleanup.*}); the running task reads it from {@link TaskContext}.
     *
     * @param key at most 200 characters, not blank
     */
    public TaskOptions withIdempotencyKey(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("An idempotency key must be 1 to " + KEY_LENGTH
                    + " characters and not blank, was " + (key == null ? "null" : "'" + key + "'"));
        }
        return new TaskOptions(executeNow, runAt, retry, timeout, callbacks, queue, key);
    }

    /** Whether the task runs at once in the caller's thread. */
    public boolean isExecuteNow() {
        return executeNow;
    }

    /** When the task is to run, if not as soon as possible. */
    public Optional<Instant> runAtInstant() {
        return Optional.ofNullable(runAt);
    }

    /** The retry policy for this submission, if it overrides the method's. */
    public Optional<RetryPolicy> retry() {
        return Optional.ofNullable(retry);
    }

    /** The limit on one attempt's run time, if it overrides the method's. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The callbacks given with this submission, in addition to the method's. */
    public List<Map.Entry<CallbackCondition, String>> callbacks() {
        return callbacks;
    }

    /** The queue for this submission, if it overrides the method's. */
    public Optional<String> queue() {
        return Optional.ofNullable(queue);
    }

    /** The idempotency key of this submission, if it has one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    @Override
    public String toString() {
        return "TaskOptions[executeNow=" + executeNow + ", runAt=" + runAt + ", retry=" + retry
                + ", timeout=" + timeout + ", queue=" + queue + ", idempotencyKey=" + idempotencyKey + "]";
    }
}
