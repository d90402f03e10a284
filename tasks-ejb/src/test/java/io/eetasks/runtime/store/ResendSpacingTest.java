package io.eetasks.runtime.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ResendSpacingTest {

    private static final Duration AFTER = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aTaskOverdueJustNowIsSentAgainAfterTheUsualTime() {
        Instant sentAsOf = ResendSpacing.sentAsOf(NOW, NOW.minus(AFTER), AFTER);

        assertThat(sentAsOf).isEqualTo(NOW);
    }

    @Test
    void aTaskThatWaitedAnHourIsSentAgainAnHourLater() {
        Instant sentAsOf = ResendSpacing.sentAsOf(NOW, NOW.minus(Duration.ofHours(1)), AFTER);

        assertThat(sentAsOf.plus(AFTER)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void theSpacingOfATasksResendsDoubles() {
        Instant updatedAt = NOW;
        Instant sentAt = updatedAt.plus(AFTER);
        for (int resend = 1; resend <= 5; resend++) {
            Instant next = ResendSpacing.sentAsOf(sentAt, updatedAt, AFTER).plus(AFTER);
            assertThat(Duration.between(updatedAt, next)).isEqualTo(Duration.between(updatedAt, sentAt).multipliedBy(2));
            sentAt = next;
        }
        // Six sends by 32 times the usual wait (at 1, 2, 4, 8, 16 and 32), where a fixed spacing makes 32.
        assertThat(Duration.between(updatedAt, sentAt)).isEqualTo(AFTER.multipliedBy(32));
    }

    @Test
    void aClockThatWentBackNeverSchedulesTheResendBeforeNow() {
        assertThat(ResendSpacing.sentAsOf(NOW, NOW.plusSeconds(5), AFTER)).isEqualTo(NOW);
    }
}
