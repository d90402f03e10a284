package io.eetasks;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named limit on how tasks that use it start, across the whole cluster: at most {@code maxRunning} at
 * once, at most {@code maxStarts} starts in any {@code window}, or both. Tasks use it by name
 * ({@link DistributedTask#limit()}, {@link TaskOptions#withLimit}), optionally with a key: then each key
 * has the limit to itself, so {@code concurrency("customer", 1)} with the key {@code "customer-{0}"} is a
 * mutex per customer. Define it once with {@link TaskService#defineLimit}; a definition holds for every
 * node and replaces the one before.
 *
 * <pre>{@code
 * tasks.defineLimit(TaskLimit.concurrency("exports", 3));
 * tasks.defineLimit(TaskLimit.rate("mail", 10, Duration.ofSeconds(1)));
 * }</pre>
 *
 * @param name       1 to 100 characters: letters, digits, '.', '-' and '_'
 * @param maxRunning the most tasks of one key running at once, or {@code null} for no such bound
 * @param maxStarts  the most starts of one key in any {@code window}, or {@code null} for no such bound
 * @param window     the window of {@code maxStarts}, or {@code null} without it
 */
public record TaskLimit(String name, Integer maxRunning, Integer maxStarts, Duration window) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public TaskLimit {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A limit's name must be 1 to 100 letters, digits, '.', '-' or '_', was "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        if (maxRunning != null && maxRunning < 1) {
            throw new IllegalArgumentException("Limit " + name + ": maxRunning must be at least 1, was " + maxRunning);
        }
        if ((maxStarts == null) != (window == null)) {
            throw new IllegalArgumentException("Limit " + name + ": maxStarts and window go together");
        }
        if (maxStarts != null && maxStarts < 1) {
            throw new IllegalArgumentException("Limit " + name + ": maxStarts must be at least 1, was " + maxStarts);
        }
        if (window != null && window.toMillis() < 1) {
            throw new IllegalArgumentException("Limit " + name + ": the window must be at least 1 ms, was " + window);
        }
        if (maxRunning == null && maxStarts == null) {
            throw new IllegalArgumentException("Limit " + name + " limits nothing: give maxRunning, maxStarts, or both");
        }
    }

    /** At most {@code maxRunning} tasks of one key running at once; 1 makes a mutex. */
    public static TaskLimit concurrency(String name, int maxRunning) {
        return new TaskLimit(name, maxRunning, null, null);
    }

    /** At most {@code maxStarts} starts of one key in any window of {@code window} (a sliding window). */
    public static TaskLimit rate(String name, int maxStarts, Duration window) {
        Objects.requireNonNull(window, "window is required");
        return new TaskLimit(name, null, maxStarts, window);
    }

    /** This limit, and at most {@code max} tasks of one key running at once. */
    public TaskLimit withMaxRunning(int max) {
        return new TaskLimit(name, max, maxStarts, window);
    }

    /** This limit, and at most {@code starts} starts of one key in any window of {@code per}. */
    public TaskLimit withRate(int starts, Duration per) {
        Objects.requireNonNull(per, "per is required");
        return new TaskLimit(name, maxRunning, starts, per);
    }

    /** The bound on tasks running at once, if it has one. */
    public Optional<Integer> runningBound() {
        return Optional.ofNullable(maxRunning);
    }

    /** Whether it bounds starts per window. */
    public boolean hasRate() {
        return maxStarts != null;
    }
}
