package io.eetasks.runtime.execution;

import io.eetasks.RetryPolicy;
import io.eetasks.TaskArgumentsException;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** The delay before a retry, and whether a failure is retried at all. Pure functions of the policy. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * Whether the attempt that just failed with {@code failure} gets another: attempts remain, the
     * failure is not one no attempt can avoid (arguments the method cannot take), and neither the
     * exception's class nor any of its superclasses is named in {@code abortOn}.
     */
    public static boolean retries(RetryPolicy policy, int failedAttempt, Throwable failure) {
        if (failedAttempt >= policy.maxAttempts() || failure instanceof TaskArgumentsException) {
            return false;
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (policy.abortOn().contains(type.getName())) {
                return false;
            }
        }
        return true;
    }

    /** The delay after the {@code failedAttempt}-th attempt: initial * multiplier^(n-1), ± jitter, capped. */
    public static Duration delayAfter(RetryPolicy policy, int failedAttempt, RandomGenerator random) {
        double millis = policy.initialDelay().toMillis() * Math.pow(policy.multiplier(), Math.max(0, failedAttempt - 1));
        if (policy.jitter() > 0) {
            millis *= 1 + policy.jitter() * (2 * random.nextDouble() - 1);
        }
        return Duration.ofMillis(Math.max(0, Math.round(Math.min(millis, policy.maxDelay().toMillis()))));
    }
}
