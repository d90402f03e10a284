package io.eetasks.bridge;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries the runtime to the applications and the applications' invokers to the runtime. Lives in
 * the shared module, so there is one registry per server.
 */
public final class TaskRegistry {

    private static volatile TaskRuntime runtime;
    private static final Map<String, TaskInvoker> INVOKERS = new ConcurrentHashMap<>();

    private TaskRegistry() {
    }

    /**
     * Called by the tasks EAR when it starts.
     *
     * @throws IllegalStateException if another runtime is registered: one tasks EAR per server
     */
    public static synchronized void registerRuntime(TaskRuntime taskRuntime) {
        if (runtime != null && runtime != taskRuntime) {
            throw new IllegalStateException("An EE Tasks runtime is already running in this server; deploy"
                    + " the tasks EAR once, and undeploy it before deploying another");
        }
        runtime = taskRuntime;
        INVOKERS.keySet().forEach(taskRuntime::applicationAvailable);
    }

    /** Called by the tasks EAR when it stops. */
    public static synchronized void unregisterRuntime(TaskRuntime taskRuntime) {
        if (runtime == taskRuntime) {
            runtime = null;
        }
    }

    /** The runtime, or empty when the tasks EAR is not deployed. */
    public static Optional<TaskRuntime> runtime() {
        return Optional.ofNullable(runtime);
    }

    /** Called when an application that provides tasks has been deployed. */
    public static void registerApplication(TaskInvoker invoker) {
        INVOKERS.put(invoker.application(), invoker);
        TaskRuntime current = runtime;
        if (current != null) {
            current.applicationAvailable(invoker.application());
        }
    }

    /** Called when an application that provides tasks is undeployed. */
    public static void unregisterApplication(TaskInvoker invoker) {
        INVOKERS.remove(invoker.application(), invoker);
    }

    /** The invoker of a deployed application, or empty when it is not deployed. */
    public static Optional<TaskInvoker> invoker(String application) {
        return Optional.ofNullable(INVOKERS.get(application));
    }
}
