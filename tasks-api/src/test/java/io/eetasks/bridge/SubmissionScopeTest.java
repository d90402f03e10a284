package io.eetasks.bridge;

import io.eetasks.TaskOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionScopeTest {

    @Test
    void theFirstTaskCallInTheScopeTakesTheOptionsAndLaterCallsGetTheDefaults() {
        TaskOptions now = TaskOptions.executeNow();
        List<TaskOptions> taken = new ArrayList<>();

        SubmissionScope.call(now, () -> {
            taken.add(SubmissionScope.take());
            taken.add(SubmissionScope.take());
            return null;
        });

        assertThat(taken).containsExactly(now, TaskOptions.defaults());
    }

    @Test
    void outsideAScopeCallsGetTheDefaults() {
        assertThat(SubmissionScope.take()).isSameAs(TaskOptions.defaults());
    }

    @Test
    void aScopeWhoseCallSubmitsNothingIsRefused() {
        assertThatThrownBy(() -> SubmissionScope.call(TaskOptions.executeNow(), () -> "no task"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invoked no @DistributedTask method");
        assertThat(SubmissionScope.take()).isSameAs(TaskOptions.defaults());
    }

    @Test
    void theReturnValueOfTheCallIsPassedOn() {
        String value = SubmissionScope.call(TaskOptions.executeNow(), () -> {
            SubmissionScope.take();
            return "handle";
        });

        assertThat(value).isEqualTo("handle");
    }
}
