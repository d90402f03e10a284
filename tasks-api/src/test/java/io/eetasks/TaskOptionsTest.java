package io.eetasks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskOptionsTest {

    @Test
    void aPriorityIsKeptWithTheOtherOptions() {
        TaskOptions options = TaskOptions.delay(Duration.ofMinutes(1)).withPriority(9).withQueue("mail");

        assertThat(options.priority()).contains(9);
        assertThat(options.queue()).contains("mail");
        assertThat(options.runAtInstant()).isPresent();
        assertThat(TaskOptions.defaults().priority()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void aPriorityOutOfRangeIsRefusedWithTheRange(int priority) {
        assertThatThrownBy(() -> TaskOptions.defaults().withPriority(priority))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A priority must be from 0 (lowest) to 9 (highest), was " + priority);
    }

    @Test
    void labelsAddUpTrimmedOnceEachInTheOrderGiven() {
        TaskOptions options = TaskOptions.defaults().withLabels(" tenant:acme ", "billing").withLabels("billing", "eu");

        assertThat(options.labels()).containsExactly("tenant:acme", "billing", "eu");
        assertThat(TaskOptions.defaults().labels()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "a,b", "line\nbreak",
            "a-label-of-sixty-five-characters-is-one-too-many-for-its-column-x"})
    void aBadLabelIsRefusedSayingWhatALabelMayBe(String label) {
        assertThatThrownBy(() -> TaskOptions.defaults().withLabels(label))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A label must be 1 to 64 characters, without commas or control characters");
    }

    @Test
    void moreThanTenLabelsAreRefused() {
        String[] eleven = IntStream.range(0, 11).mapToObj(i -> "l" + i).toArray(String[]::new);

        assertThatThrownBy(() -> TaskOptions.defaults().withLabels(eleven))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A task can have at most 10 labels, was given 11");
    }
}
