package io.eetasks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a failed task is tried again: up to {@code maxAttempts} attempts in all, the n-th retry
 * after {@code initialDelay * multiplier^(n-1)}, at most {@code maxDelay}, spread by ±{@code jitter}
 * (a fraction of the delay). An exception whose type, or a supertype of it, is named in
 * {@code abortOn} fails the task at once.
 *
 * <pre>{@code
 * RetryPolicy.attempts(5).withInitialDelay(Duration.ofSeconds(2)).withAbortOn(IllegalArgumentException.class)
 * }</pre>
 *
 * @param maxAttempts  attempts in all, the first included; {@link #UNLIMITED} for no limit
 * @param initialDelay the delay before the first retry
 * @param multiplier   how much each delay grows over the one before (1 keeps it fixed)
 * @param maxDelay     the longest delay
 * @param jitter       how far a delay may be moved at random, as a fraction of it (0 to 1)
 * @param abortOn      class names of exceptions that are never retried
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
                          double jitter, List<String> abortOn) {

    /** {@link #maxAttempts()} for a task that is retried until it succeeds or is cancelled. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** The policy of tasks that name none: 3 attempts, after 1 s and 2 s, ±10 %. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), 2.0,
            Duration.ofHours(1), 0.1, List.of());

    /** A policy that never retries. */
    public static final RetryPolicy NONE = DEFAULT.withMaxAttempts(1);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (or RetryPolicy.UNLIMITED), was "
                    + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay is required");
        Objects.requireNonNull(maxDelay, "maxDelay is required");
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("Retry delays must not be negative: initialDelay " + initialDelay
                    + ", maxDelay " + maxDelay);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
        abortOn = List.copyOf(abortOn == null ? List.of() : abortOn);
    }

    /** The default policy with another number of attempts. */
    public static RetryPolicy attempts(int maxAttempts) {
        return DEFAULT.withMaxAttempts(maxAttempts);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialDelay, multiplier, maxDelay, jitter, abortOn);
    }

    public RetryPolicy withInitialDelay(Duration delay) {
        return new RetryPolicy(maxAttempts, delay, multiplier, maxDelay, jitter, abortOn);
    }

    public RetryPolicy withMultiplier(double factor) {
        return new RetryPolicy(maxAttempts, initialDelay, factor, maxDelay, jitter, abortOn);
    }

    public RetryPolicy withMaxDelay(Duration delay) {
        return new RetryPolicy(maxAttempts, initialDelay, multiplier, delay, jitter, abortOn);
    }

    public RetryPolicy withJitter(double fraction) {
        return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, fraction, abortOn);
    }

    @SafeVarargs
    public final RetryPolicy withAbortOn(Class<? extends Throwable>... types) {
        return new RetryPolicy(maxAttempts, initialDelay, multiplier, maxDelay, jitter,
                java.util.Arrays.stream(types).map(Class::getName).toList());
    }
}
