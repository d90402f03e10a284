package io.eetasks.runtime.settings;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.eetasks.runtime.settings.TasksSettings.CLEANUP_SUCCESS_RETENTION;
import static io.eetasks.runtime.settings.TasksSettings.CONSOLE_TOTALS_REFRESH;
import static io.eetasks.runtime.settings.TasksSettings.CONSUMERS;
import static io.eetasks.runtime.settings.TasksSettings.DB_PORT;
import static io.eetasks.runtime.settings.TasksSettings.EXECUTE_NOW;
import static io.eetasks.runtime.settings.TasksSettings.LEASE_DURATION;
import static io.eetasks.runtime.settings.TasksSettings.METRICS_REFRESH;
import static io.eetasks.runtime.settings.TasksSettings.NODE_QUEUES;
import static io.eetasks.runtime.settings.TasksSettings.OTEL_SAMPLER;
import static io.eetasks.runtime.settings.TasksSettings.QUEUE_CONSUMERS;
import static io.eetasks.runtime.settings.TasksSettings.REDISPATCH_AFTER_SECONDS;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_JITTER;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_MAX_DELAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingTest {

    @Test
    void aNegativeDurationIsRefusedNamingTheKeyTheValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> LEASE_DURATION.parse("-PT5S"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tasks.lease.duration is '-PT5S', but it must be an ISO-8601 duration (PT15S, P90D)"
                        + " longer than zero");
        assertThatThrownBy(() -> CLEANUP_SUCCESS_RETENTION.parse("-P1D"))
                .hasMessageContainingAll("tasks.cleanup.success-retention", "'-P1D'", "of zero or longer");
    }

    @Test
    void aZeroPeriodIsRefusedWhereZeroWouldSpinAndAllowedWhereItMeansNone() {
        assertThatThrownBy(() -> METRICS_REFRESH.parse("PT0S")).hasMessageContainingAll("tasks.metrics.refresh",
                "'PT0S'", "longer than zero");
        assertThat(CONSOLE_TOTALS_REFRESH.parse("PT0S")).isZero();
    }

    @Test
    void aZeroCountIsRefused() {
        assertThatThrownBy(() -> CONSUMERS.parse("0"))
                .hasMessage("tasks.consumers is '0', but it must be a whole number of at least 1");
        assertThatThrownBy(() -> REDISPATCH_AFTER_SECONDS.parse("-3"))
                .hasMessageContainingAll("tasks.redispatch.after-seconds", "'-3'", "at least 1");
        assertThat(CONSUMERS.parse(" 4 ")).isEqualTo(4);
    }

    @Test
    void jitterIsAFractionFromZeroToOne() {
        assertThatThrownBy(() -> RETRY_JITTER.parse("1.5"))
                .hasMessage("tasks.retry.jitter is '1.5', but it must be a number from 0 to 1");
        assertThatThrownBy(() -> RETRY_JITTER.parse("-0.1")).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> RETRY_JITTER.parse("NaN")).hasMessageContaining("tasks.retry.jitter is 'NaN'");
        assertThat(RETRY_JITTER.parse("0")).isZero();
        assertThat(RETRY_JITTER.parse("1")).isEqualTo(1.0);
    }

    @Test
    void anUnparseableValueIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> RETRY_MAX_DELAY.parse("an hour"))
                .hasMessage("tasks.retry.max-delay is 'an hour', but it must be an ISO-8601 duration (PT15S, P90D)"
                        + " of zero or longer");
        assertThatThrownBy(() -> CONSUMERS.parse("sixteen"))
                .hasMessage("tasks.consumers is 'sixteen', but it must be a whole number of at least 1");
        assertThatThrownBy(() -> EXECUTE_NOW.parse("maybe"))
                .hasMessage("tasks.execute-now is 'maybe', but it must be true or false");
        assertThatThrownBy(() -> DB_PORT.parse("70000")).hasMessageContaining("a whole number from 1 to 65535");
        assertThatThrownBy(() -> OTEL_SAMPLER.parse("sometimes")).hasMessageContaining("one of on, off, ratio");
    }

    @Test
    void booleansAreReadAsMicroProfileConfigReadsThem() {
        assertThat(List.of("true", "TRUE", "yes", "Y", "on", "1")).allMatch(EXECUTE_NOW::parse);
        assertThat(List.of("false", "no", "N", "off", "0")).noneMatch(EXECUTE_NOW::parse);
    }

    @Test
    void aListIsCommaSeparated() {
        assertThat(NODE_QUEUES.parse("default, reports,,")).containsExactly("default", "reports");
        assertThat(NODE_QUEUES.parsedDefault()).containsExactly("*");
    }

    @Test
    void aPatternKeyIsNamedAndRecognised() {
        Setting<Integer> reports = QUEUE_CONSUMERS.named("it-reports");

        assertThat(reports.key()).isEqualTo("tasks.queues.it-reports.consumers");
        assertThat(QUEUE_CONSUMERS.nameIn("tasks.queues.it-reports.consumers")).contains("it-reports");
        assertThat(QUEUE_CONSUMERS.nameIn("tasks.queues..consumers")).isEmpty();
        assertThat(QUEUE_CONSUMERS.nameIn("tasks.consumers")).isEmpty();
        assertThatThrownBy(() -> reports.parse("0")).hasMessageStartingWith("tasks.queues.it-reports.consumers is '0'");
    }

    @Test
    void aConfiguredValueWinsOverTheDefault() {
        MapConfig config = new MapConfig(Map.of("tasks.lease.duration", "PT3S"));

        assertThat(LEASE_DURATION.value(config)).isEqualTo(Duration.ofSeconds(3));
        assertThat(METRICS_REFRESH.value(config)).isEqualTo(Duration.ofSeconds(15));
        assertThat(CLEANUP_SUCCESS_RETENTION.configured(config)).isEmpty();
    }

    @Test
    void aDerivedDefaultIsNotAValue() {
        assertThatThrownBy(CLEANUP_SUCCESS_RETENTION::parsedDefault).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the retention");
    }
}
