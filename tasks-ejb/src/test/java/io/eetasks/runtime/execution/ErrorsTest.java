package io.eetasks.runtime.execution;

import io.eetasks.TaskError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorsTest {

    @Test
    void anErrorKeepsTypeMessageAndTheWholeStackTraceWithCauses() {
        IllegalStateException failure = new IllegalStateException("outer", new IllegalArgumentException("inner"));

        TaskError error = Errors.of(failure);

        assertThat(error.type()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.message()).isEqualTo("outer");
        assertThat(error.stackTrace())
                .contains("ErrorsTest.anErrorKeepsTypeMessageAndTheWholeStackTraceWithCauses")
                .contains("Caused by: java.lang.IllegalArgumentException: inner");
    }
}
