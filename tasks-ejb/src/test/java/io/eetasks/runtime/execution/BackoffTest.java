package io.eetasks.runtime.execution;

import io.eetasks.RetryPolicy;
import io.eetasks.TaskArgumentsException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static final RandomGenerator NO_JITTER = () -> 0L;

    private final RetryPolicy doubling = RetryPolicy.attempts(10).withInitialDelay(Duration.ofSeconds(1))
            .withMultiplier(2).withMaxDelay(Duration.ofSeconds(10)).withJitter(0);

    @Test
    void delaysGrowByTheMultiplierUpToTheMaximum() {
        assertThat(Backoff.delayAfter(doubling, 1, NO_JITTER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.delayAfter(doubling, 2, NO_JITTER)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.delayAfter(doubling, 3, NO_JITTER)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.delayAfter(doubling, 5, NO_JITTER)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Backoff.delayAfter(doubling, 60, NO_JITTER)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterMovesADelayWithinItsFractionAndNeverPastTheMaximum() {
        RetryPolicy jittery = doubling.withJitter(0.5);
        RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

        for (int i = 0; i < 1_000; i++) {
            assertThat(Backoff.delayAfter(jittery, 2, random)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
            assertThat(Backoff.delayAfter(jittery, 9, random)).isLessThanOrEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void aFailureIsRetriedWhileAttemptsRemain() {
        RetryPolicy three = RetryPolicy.attempts(3);

        assertThat(Backoff.retries(three, 1, new IllegalStateException())).isTrue();
        assertThat(Backoff.retries(three, 2, new IllegalStateException())).isTrue();
        assertThat(Backoff.retries(three, 3, new IllegalStateException())).isFalse();
        assertThat(Backoff.retries(RetryPolicy.attempts(RetryPolicy.UNLIMITED), 1_000_000,
                new IllegalStateException())).isTrue();
    }

    @Test
    void anExceptionNamedInAbortOnOrASubclassOfOneIsNeverRetried() {
        RetryPolicy policy = RetryPolicy.attempts(5).withAbortOn(IllegalArgumentException.class, IOException.class);

        assertThat(Backoff.retries(policy, 1, new NumberFormatException("a subclass"))).isFalse();
        assertThat(Backoff.retries(policy, 1, new IOException())).isFalse();
        assertThat(Backoff.retries(policy, 1, new UncheckedIOException(new IOException()))).isTrue();
    }

    @Test
    void argumentsTheMethodCannotTakeAreNeverRetried() {
        RetryPolicy unlimited = RetryPolicy.attempts(RetryPolicy.UNLIMITED);

        assertThat(Backoff.retries(unlimited, 1, new TaskArgumentsException("not JSON", null))).isFalse();
    }
}
