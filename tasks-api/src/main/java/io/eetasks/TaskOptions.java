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
 * Immutable; each {@code with...} returns a copy (its fields are set only on a copy not yet returned).
 *
 * <pre>{@code
 * tasks.submit(TaskOptions.executeNow(), () -> greeter.greet("Ada"));
 * tasks.submit(TaskOptions.delay(Duration.ofMinutes(5)).withRetry(RetryPolicy.attempts(5)), () -> mailer.send(mail));
 * }</pre>
 */
public final class TaskOptions {

    /** The lowest priority: such a task starts after every waiting task of its queue with a higher one. */
    public static final int MIN_PRIORITY = 0;
    /** The highest priority. */
    public static final int MAX_PRIORITY = 9;
    /** The priority of a task whose method and options name none. */
    public static final int DEFAULT_PRIORITY = 4;
    /** How many labels a task may carry. */
    public static final int MAX_LABELS = 10;
    /** How long a label may be, as the column that keeps it. */
    public static final int LABEL_LENGTH = 64;

    private static final TaskOptions DEFAULTS = new TaskOptions(false, null);
    /** As long as the column that keeps it. */
    private static final int KEY_LENGTH = 200;

    private final boolean executeNow;
    private final Instant runAt;
    private RetryPolicy retry;
    private Duration timeout;
    private List<Map.Entry<CallbackCondition, String>> callbacks = List.of();
    private String queue;
    private String idempotencyKey;
    private Integer priority;
    private List<String> labels = List.of();
    private String limit;
    private String limitKey;

    private TaskOptions(boolean executeNow, Instant runAt) {
        if (executeNow && runAt != null) {
            throw new IllegalArgumentException("A task cannot both run now (executeNow) and at " + runAt);
        }
        this.executeNow = executeNow;
        this.runAt = runAt;
    }

    /** A copy of these options, for a {@code with...} to change one of them. */
    private TaskOptions copy() {
        TaskOptions copy = new TaskOptions(executeNow, runAt);
        copy.retry = retry;
        copy.timeout = timeout;
        copy.callbacks = callbacks;
        copy.queue = queue;
        copy.idempotencyKey = idempotencyKey;
        copy.priority = priority;
        copy.labels = labels;
        copy.limit = limit;
        copy.limitKey = limitKey;
        return copy;
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
        return new TaskOptions(true, null);
    }

    /** Runs the task at the given instant (at once if it has passed). It waits as SCHEDULED. */
    public static TaskOptions runAt(Instant instant) {
        return new TaskOptions(false, Objects.requireNonNull(instant, "instant is required"));
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
        TaskOptions copy = copy();
        copy.retry = Objects.requireNonNull(policy, "policy is required");
        return copy;
    }

    /** These options with a limit on how long one attempt may run, which overrides the method's. */
    public TaskOptions withTimeout(Duration limit) {
        Objects.requireNonNull(limit, "limit is required");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("A timeout must be positive, was " + limit);
        }
        TaskOptions copy = copy();
        copy.timeout = limit;
        return copy;
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
        TaskOptions copy = copy();
        copy.callbacks = List.copyOf(more);
        return copy;
    }

    /**
     * These options with the queue the task is sent to, which overrides the method's (see
     * {@link DistributedTask#queue()}). A queue the runtime does not know fails the submission.
     */
    public TaskOptions withQueue(String queueName) {
        if (queueName == null || queueName.isBlank()) {
            throw new IllegalArgumentException("A queue needs a name");
        }
        TaskOptions copy = copy();
        copy.queue = queueName;
        return copy;
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
        TaskOptions copy = copy();
        copy.idempotencyKey = key;
        return copy;
    }

    /**
     * These options with a priority, which overrides the method's (see {@link DistributedTask#priority()}):
     * within its queue, a waiting task of a higher priority starts before waiting tasks of lower ones.
     *
     * @param value from {@value #MIN_PRIORITY} (lowest) to {@value #MAX_PRIORITY} (highest)
     */
    public TaskOptions withPriority(int value) {
        if (value < MIN_PRIORITY || value > MAX_PRIORITY) {
            throw new IllegalArgumentException("A priority must be from " + MIN_PRIORITY + " (lowest) to "
                    + MAX_PRIORITY + " (highest), was " + value);
        }
        TaskOptions copy = copy();
        copy.priority = value;
        return copy;
    }

    /**
     * These options with labels, added to the method's (see {@link DistributedTask#labels()}): free-form
     * tags the console and the admin API filter tasks by, such as {@code "tenant:acme"}. A task keeps at
     * most {@value #MAX_LABELS}; each is 1 to {@value #LABEL_LENGTH} characters, without commas or
     * control characters, and is kept as given, trimmed.
     */
    public TaskOptions withLabels(String... given) {
        Objects.requireNonNull(given, "labels are required");
        List<String> all = new ArrayList<>(labels);
        for (String label : given) {
            String checked = checkedLabel(label);
            if (!all.contains(checked)) {
                all.add(checked);
            }
        }
        if (all.size() > MAX_LABELS) {
            throw new IllegalArgumentException("A task can have at most " + MAX_LABELS + " labels, was given "
                    + all.size() + ": " + all);
        }
        TaskOptions copy = copy();
        copy.labels = List.copyOf(all);
        return copy;
    }

    /**
     * These options with a {@link TaskLimit}, by name, which overrides the method's (see
     * {@link DistributedTask#limit()}), for all its tasks as one key.
     */
    public TaskOptions withLimit(String name) {
        return withLimit(name, "");
    }

    /**
     * These options with a {@link TaskLimit}, by name, and the key this task uses it under (each key has
     * the limit to itself), which override the method's.
     *
     * @param key at most 200 characters; empty for the limit's one shared key
     */
    public TaskOptions withLimit(String name, String key) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A limit needs a name");
        }
        Objects.requireNonNull(key, "key is required; give \"\" for the limit's one shared key");
        if (key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("A limit key must be at most " + KEY_LENGTH + " characters, was "
                    + key.length());
        }
        TaskOptions copy = copy();
        copy.limit = name;
        copy.limitKey = key;
        return copy;
    }

    private static String checkedLabel(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > LABEL_LENGTH || trimmed.indexOf(',') >= 0
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A label must be 1 to " + LABEL_LENGTH
                    + " characters, without commas or control characters, was "
                    + (label == null ? "null" : "'" + label + "'"));
        }
        return trimmed;
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

    /** The priority of this submission, if it overrides the method's. */
    public Optional<Integer> priority() {
        return Optional.ofNullable(priority);
    }

    /** The limit of this submission, if it overrides the method's. */
    public Optional<String> limit() {
        return Optional.ofNullable(limit);
    }

    /** The key of this submission's limit ({@code ""} for its one shared key), if it names a limit. */
    public Optional<String> limitKey() {
        return Optional.ofNullable(limitKey);
    }

    /** The labels this submission adds to the method's. */
    public List<String> labels() {
        return labels;
    }

    @Override
    public String toString() {
        return "TaskOptions[executeNow=" + executeNow + ", runAt=" + runAt + ", retry=" + retry
                + ", timeout=" + timeout + ", queue=" + queue + ", idempotencyKey=" + idempotencyKey
                + ", priority=" + priority + ", labels=" + labels + ", limit=" + limit + ", limitKey=" + limitKey + "]";
    }
}
