package io.eetasks.bridge;

import io.eetasks.TaskCancelledException;
import io.eetasks.TaskError;
import io.eetasks.TaskFailedException;
import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskStatus;
import io.eetasks.TaskTimeoutException;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomesTest {

    private final JsonCodec codec = new JsonCodec(JsonbBuilder.create());

    private static TaskInfo aTask(TaskStatus status, String result, TaskError error) {
        return new TaskInfo(UUID.randomUUID(), "demo.greet", "demo", status, 1, 1, null, Instant.now(), null, null,
                result, error, null, null, null, "default", TaskOptions.DEFAULT_PRIORITY, List.of(), null);
    }

    @Test
    void aCompletedTaskGivesItsResult() {
        assertThat(Outcomes.<String>resultOf(aTask(TaskStatus.COMPLETED, "\"Hi\"", null), String.class,
                Duration.ZERO, codec)).isEqualTo("Hi");
    }

    @Test
    void aFailedTaskThrowsItsError() {
        TaskError error = new TaskError("java.lang.IllegalStateException", "boom", "trace");

        assertThatThrownBy(() -> Outcomes.resultOf(aTask(TaskStatus.FAILED, null, error), String.class,
                Duration.ZERO, codec))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.getError()).isEqualTo(error))
                .hasMessageContaining("demo.greet")
                .hasMessageContaining("java.lang.IllegalStateException: boom");
    }

    @Test
    void aCancelledTaskSaysSo() {
        assertThatThrownBy(() -> Outcomes.resultOf(aTask(TaskStatus.CANCELLED, null, null), String.class,
                Duration.ZERO, codec)).isInstanceOf(TaskCancelledException.class);
    }

    @Test
    void anUnfinishedTaskMeansTheWaitTimedOut() {
        assertThatThrownBy(() -> Outcomes.resultOf(aTask(TaskStatus.RUNNING, null, null), String.class,
                Duration.ofSeconds(3), codec))
                .isInstanceOfSatisfying(TaskTimeoutException.class,
                        e -> assertThat(e.getLastStatus()).isEqualTo(TaskStatus.RUNNING))
                .hasMessageContaining("PT3S");
    }
}
