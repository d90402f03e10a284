package io.eetasks.bridge;

import io.eetasks.TaskOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionScopeTest {

    @Test
    void theFirstTaskCallInTheScopeTakesTheOptionsAndLaterCallsGetTheDefaults() {
        TaskOptions now = TaskOptions.executeNow();
        List<TaskOptions> taken = new ArrayList<>();

        SubmissionScope.call(now, () -> {
            taken.add(SubmissionScope.take().options());
            taken.add(SubmissionScope.take().options());
            return null;
        });

        assertThat(taken).containsExactly(now, TaskOptions.defaults());
    }

    @Test
    void outsideAScopeCallsGetTheDefaults() {
        assertThat(SubmissionScope.take().options()).isSameAs(TaskOptions.defaults());
    }

    @Test
    void aScopeWhoseCallSubmitsNothingIsRefused() {
        assertThatThrownBy(() -> SubmissionScope.call(TaskOptions.executeNow(), () -> "no task"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invoked no @DistributedTask method");
        assertThat(SubmissionScope.take().options()).isSameAs(TaskOptions.defaults());
    }

    @Test
    void theReturnValueOfTheCallIsPassedOn() {
        String value = SubmissionScope.call(TaskOptions.executeNow(), () -> {
            SubmissionScope.take();
            return "handle";
        });

        assertThat(value).isEqualTo("handle");
    }

    @Test
    void aCallThatReturnsNothingYieldsTheIdOfTheTaskItSubmittedNotOfTasksThatTaskSubmits() {
        UUID outer = UUID.randomUUID();
        UUID inner = UUID.randomUUID();

        UUID submitted = SubmissionScope.run(TaskOptions.executeNow(), () -> {
            SubmissionScope.Ticket first = SubmissionScope.take();
            SubmissionScope.take().submitted(inner); // a task the first one submits while it runs at once
            first.submitted(outer);
        });

        assertThat(submitted).isEqualTo(outer);
    }
}
