package io.eetasks.bridge;

import io.eetasks.TaskCancelledException;
import io.eetasks.TaskError;
import io.eetasks.TaskFailedException;
import io.eetasks.TaskInfo;
import io.eetasks.TaskTimeoutException;

import java.lang.reflect.Type;
import java.time.Duration;

/** Turns the state of an awaited task into its typed result or the matching exception. */
final class Outcomes {

    private Outcomes() {
    }

    static <R> R resultOf(TaskInfo task, Type resultType, Duration waited, JsonCodec codec) {
        return switch (task.status()) {
            case COMPLETED -> codec.readResult(task.resultJson(), resultType);
            case FAILED -> throw new TaskFailedException(task.id(), task.name(), task.error() != null
                    ? task.error() : new TaskError("unknown", "no error was recorded", null));
            case CANCELLED -> throw new TaskCancelledException(task.id(), task.name());
            default -> throw new TaskTimeoutException(task.id(), waited, task.status());
        };
    }
}
