package io.eetasks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    @Test
    void nonsensicalPoliciesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> RetryPolicy.attempts(0)).hasMessageContaining("maxAttempts must be at least 1");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMultiplier(0.5)).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withJitter(2)).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withInitialDelay(Duration.ofSeconds(-1)))
                .hasMessageContaining("must not be negative");
    }

    @Test
    void abortOnKeepsClassNames() {
        assertThat(RetryPolicy.NONE.withAbortOn(IllegalStateException.class).abortOn())
                .containsExactly("java.lang.IllegalStateException");
    }

    @Test
    void optionsKeepWhenAndHowToRetry() {
        Instant at = Instant.parse("2030-01-01T00:00:00Z");

        TaskOptions options = TaskOptions.runAt(at).withRetry(RetryPolicy.NONE);

        assertThat(options.runAtInstant()).contains(at);
        assertThat(options.retry()).contains(RetryPolicy.NONE);
        assertThat(options.isExecuteNow()).isFalse();
        assertThatThrownBy(() -> TaskOptions.delay(Duration.ofSeconds(-1))).hasMessageContaining("negative");
    }
}
