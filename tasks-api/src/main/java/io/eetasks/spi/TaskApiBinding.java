package io.eetasks.spi;

import io.eetasks.TaskContext;
import io.eetasks.TaskHandle;

/**
 * What the API's static entry points ({@link TaskContext#current()}, {@link TaskHandle#completed(Object)})
 * ask of the runtime. Found with {@link java.util.ServiceLoader} in the module that holds the API, so the
 * API never names the classes that implement it.
 */
public interface TaskApiBinding {

    /** The context of the task running on this thread, or {@code null} outside a task's execution. */
    TaskContext currentTask();

    /** A handle that only carries a task method's result back to the runtime. */
    <R> TaskHandle<R> completed(R result);
}
