package io.eetasks.runtime.settings;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TasksSettingsTest {

    @Test
    void everyKeyIsDeclaredOnceAndEveryFixedDefaultIsWithinItsBounds() {
        Set<String> keys = new HashSet<>();
        for (Setting<?> setting : TasksSettings.ALL) {
            assertThat(keys.add(setting.key())).as(setting.key()).isTrue();
            assertThat(setting.key()).startsWith("tasks.");
            assertThat(setting.description()).as(setting.key()).isNotBlank();
            if (setting.defaultValue() != null) {
                assertThatCode(setting::parsedDefault).as(setting.key()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyConstantIsInTheList() throws IllegalAccessException {
        List<Setting<?>> constants = new ArrayList<>();
        for (Field field : TasksSettings.class.getFields()) {
            if (field.getType() == Setting.class) {
                constants.add((Setting<?>) field.get(null));
            }
        }
        assertThat(TasksSettings.ALL).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void theCheckNamesEveryBadValueAtOnce() {
        MapConfig config = new MapConfig(new TreeMap<>(Map.of(
                "tasks.retry.jitter", "2",
                "tasks.cleanup.batch-size", "0",
                "tasks.queues.reports.consumers", "none",
                "tasks.lease.duration", "PT3S",
                "unrelated.key", "x")));

        assertThatThrownBy(() -> TasksSettings.check(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("EETASKS1000: ")
                .hasMessageContainingAll("tasks.retry.jitter is '2'", "tasks.cleanup.batch-size is '0'",
                        "tasks.queues.reports.consumers is 'none'")
                .message().doesNotContain("tasks.lease.duration");
    }

    /** What src-it sets (arquillian.xml, the ITs' server set-ups and node arguments) must still deploy. */
    @Test
    void theValuesTheIntegrationTestsSetAreAllowed() {
        Map<String, String> values = new TreeMap<>();
        values.put("tasks.lease.duration", "PT3S");
        values.put("tasks.result-wait", "PT2S");
        values.put("tasks.execute-now", "true");
        values.put("tasks.console.totals-refresh", "PT0S");
        values.put("tasks.cleanup.interval", "PT1S");
        values.put("tasks.cleanup.retention", "P30D");
        values.put("tasks.cleanup.success-retention", "P7D");
        values.put("tasks.cleanup.batch-size", "2");
        values.put("tasks.queues.it-health.consumers", "1");
        values.put("tasks.queues.it-reports.consumers", "2");
        values.put("tasks.health.timer-late-after", "PT3S");
        values.put("tasks.health.consumer-stuck-after", "PT3S");
        values.put("tasks.metrics.refresh", "PT1S");
        values.put("tasks.redispatch.after-seconds", "10");
        values.put("tasks.redispatch.interval-seconds", "2");
        values.put("tasks.dispatch.max-in-flight", "20");
        values.put("tasks.amqp.stall-timeout", "PT5S");
        values.put("tasks.await.cluster-check-millis", "60000");
        values.put("tasks.node.heartbeat", "PT1S");
        values.put("tasks.node.dead-after", "PT8S");
        values.put("tasks.leader.lease", "PT5S");
        values.put("tasks.node.queues", "default");
        values.put("tasks.broker.host", "127.0.0.1");
        values.put("tasks.broker.port", "61616");
        values.put("tasks.amqp.username", "tasks");
        values.put("tasks.amqp.password", "tasks");

        assertThatCode(() -> TasksSettings.check(new MapConfig(values))).doesNotThrowAnyException();
        assertThat(TasksSettings.OTEL_BATCH_DELAY.parse("500")).isEqualTo(500L);
    }
}
