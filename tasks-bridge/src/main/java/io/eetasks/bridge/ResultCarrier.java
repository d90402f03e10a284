package io.eetasks.bridge;

import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;

import java.time.Duration;
import java.util.UUID;

/**
 * The value a task method returns through {@link TaskHandle#completed(Object)}. It only carries
 * the result from the method body to the runtime; it has no task behind it.
 */
final class ResultCarrier<R> implements TaskHandle<R> {

    private final R result;

    ResultCarrier(R result) {
        this.result = result;
    }

    public R result() {
        return result;
    }

    @Override
    public UUID id() {
        throw notATask();
    }

    @Override
    public TaskInfo info() {
        throw notATask();
    }

    @Override
    public R await(Duration timeout) {
        return result;
    }

    private static IllegalStateException notATask() {
        return new IllegalStateException("TaskHandle.completed(..) only carries a task method's result"
                + " to EE Tasks; it has no task id. Use the handle the caller receives instead.");
    }
}
