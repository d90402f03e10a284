package io.eetasks.runtime.store;

import io.eetasks.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskTransitionsTest {

    @Test
    void aPendingTaskCanBeClaimedAndARunningTaskCanFinish() {
        assertThat(TaskTransitions.isAllowed(TaskStatus.PENDING, TaskStatus.RUNNING)).isTrue();
        assertThat(TaskTransitions.isAllowed(TaskStatus.RUNNING, TaskStatus.COMPLETED)).isTrue();
        assertThat(TaskTransitions.isAllowed(TaskStatus.RUNNING, TaskStatus.FAILED)).isTrue();
    }

    @Test
    void aTaskCannotFinishWithoutRunning() {
        assertThatThrownBy(() -> TaskTransitions.check(TaskStatus.PENDING, TaskStatus.COMPLETED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A task cannot go from PENDING to COMPLETED");
    }

    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void aCompletedTaskNeverChangesAgain(TaskStatus to) {
        assertThat(TaskTransitions.isAllowed(TaskStatus.COMPLETED, to)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "PENDING,              true",
            "SCHEDULED,            false",
            "RUNNING,              false",
            "WAITING_FOR_CHILDREN, false",
            "RETRY_WAIT,           false",
            "COMPLETED,            false",
            "FAILED,               false",
            "CANCELLED,            false"
    })
    void onlyAPendingTaskCanStartRunning(TaskStatus from, boolean allowed) {
        assertThat(TaskTransitions.isAllowed(from, TaskStatus.RUNNING)).isEqualTo(allowed);
    }
}
