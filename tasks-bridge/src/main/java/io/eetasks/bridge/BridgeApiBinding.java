package io.eetasks.bridge;

import io.eetasks.TaskContext;
import io.eetasks.TaskHandle;
import io.eetasks.spi.TaskApiBinding;

/** Binds the API's static methods to the bridge; registered in {@code META-INF/services}. */
public final class BridgeApiBinding implements TaskApiBinding {

    @Override
    public TaskContext currentTask() {
        return CurrentTask.get();
    }

    @Override
    public <R> TaskHandle<R> completed(R result) {
        return new ResultCarrier<>(result);
    }
}
