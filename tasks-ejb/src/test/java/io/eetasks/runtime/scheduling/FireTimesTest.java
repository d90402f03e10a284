package io.eetasks.runtime.scheduling;

import io.eetasks.RecurringSchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FireTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant next(String cron, ZoneId zone, String after) {
        Instant at = Instant.parse(after);
        return FireTimes.nextAfter(cron, null, zone, at, at);
    }

    @Test
    void aUnixExpressionHasFiveFieldsAndAQuartzOneHasSecondsFirst() {
        assertThat(next("30 2 * * *", ZoneOffset.UTC, "2026-06-01T00:00:00Z")).isEqualTo("2026-06-01T02:30:00Z");
        assertThat(next("15 30 2 * * ?", ZoneOffset.UTC, "2026-06-01T00:00:00Z")).isEqualTo("2026-06-01T02:30:15Z");
    }

    @Test
    void cronFireTimesFallOnWholeSecondsWhatEverTheTimeTheyAreCountedFrom() {
        assertThat(next("* * * * * ?", ZoneOffset.UTC, "2026-06-01T00:00:04.702659Z")).isEqualTo("2026-06-01T00:00:05Z");
        assertThat(next("*/10 * * * * ?", ZoneOffset.UTC, "2026-06-01T00:00:09.999Z")).isEqualTo("2026-06-01T00:00:10Z");
        assertThat(next("*/10 * * * * ?", ZoneOffset.UTC, "2026-06-01T00:00:10Z")).isEqualTo("2026-06-01T00:00:20Z");
    }

    @Test
    void theExpressionIsReadInTheSchedulesZone() {
        assertThat(next("30 2 * * *", PARIS, "2026-06-01T00:00:00Z")).isEqualTo("2026-06-01T00:30:00Z");
        assertThat(next("30 2 * * *", PARIS, "2026-01-10T00:00:00Z")).isEqualTo("2026-01-10T01:30:00Z");
    }

    @Test
    void wallClockTimesHoldAcrossADaylightSavingChange() {
        Instant beforeAutumnChange = next("0 12 * * *", PARIS, "2026-10-24T12:00:00Z");
        Instant afterAutumnChange = FireTimes.nextAfter("0 12 * * *", null, PARIS, beforeAutumnChange,
                beforeAutumnChange);

        assertThat(beforeAutumnChange).isEqualTo("2026-10-25T11:00:00Z");
        assertThat(afterAutumnChange).isEqualTo("2026-10-26T11:00:00Z");
        assertThat(next("0 12 * * *", PARIS, "2026-03-28T12:00:00Z")).isEqualTo("2026-03-29T10:00:00Z");
    }

    @Test
    void aWallClockTimeThatTheSpringChangeSkipsDoesNotFireThatDay() {
        assertThat(next("30 2 * * *", PARIS, "2026-03-28T12:00:00Z")).isEqualTo("2026-03-30T00:30:00Z");
    }

    @Test
    void aWallClockTimeThatTheAutumnChangeRepeatsFiresOnce() {
        Instant first = next("30 2 * * *", PARIS, "2026-10-24T12:00:00Z");
        Instant second = FireTimes.nextAfter("30 2 * * *", null, PARIS, first, first);

        assertThat(first).isEqualTo("2026-10-25T00:30:00Z");
        assertThat(second).isEqualTo("2026-10-26T01:30:00Z");
    }

    @Test
    void aFixedRateCountsOnFromThePreviousFireTimeAndSkipsWhatItMissed() {
        Instant previous = Instant.parse("2026-06-01T00:00:00Z");

        assertThat(FireTimes.nextAfter(null, Duration.ofMinutes(5), ZoneOffset.UTC, previous, previous))
                .isEqualTo("2026-06-01T00:05:00Z");
        assertThat(FireTimes.nextAfter(null, Duration.ofMinutes(5), ZoneOffset.UTC, previous,
                Instant.parse("2026-06-01T01:02:00Z"))).isEqualTo("2026-06-01T01:05:00Z");
    }

    @Test
    void aBadExpressionIsRefusedWithTheReason() {
        assertThatThrownBy(() -> FireTimes.validate(RecurringSchedule.cron("bad", "61 * * * *")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'61 * * * *' is not a valid cron expression (five fields, Unix style)");
        assertThatThrownBy(() -> FireTimes.validate(RecurringSchedule.cron("bad", "every day")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid cron expression");
    }
}
