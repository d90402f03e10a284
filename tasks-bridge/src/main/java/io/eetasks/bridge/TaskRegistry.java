package io.eetasks.bridge;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carries the runtime to the applications and the applications' invokers to the runtime. Lives in
 * the shared module, so there is one registry per server. Its only public members are the tasks EAR's:
 * one runtime at a time, and only the registered runtime sees the applications' invokers
 * ({@link DeployedApplications}); applications register through the bridge's extension.
 */
public final class TaskRegistry {

    private static volatile TaskRuntime runtime;
    private static final Map<String, TaskInvoker> INVOKERS = new ConcurrentHashMap<>();

    private TaskRegistry() {
    }

    /**
     * Called by the tasks EAR when it starts. The runtime then tells itself of the applications already
     * deployed ({@link DeployedApplications#names()}); those deployed later are announced to it.
     *
     * @return the deployed applications, for this runtime only
     * @throws IllegalStateException if another runtime is registered: one tasks EAR per server
     */
    public static synchronized DeployedApplications registerRuntime(TaskRuntime taskRuntime) {
        if (runtime != null && runtime != taskRuntime) {
            throw new IllegalStateException("An EE Tasks runtime is already running in this server; deploy"
                    + " the tasks EAR once, and undeploy it before deploying another");
        }
        runtime = taskRuntime;
        return new SeenBy(taskRuntime);
    }

    /** Called by the tasks EAR when it stops. */
    public static synchronized void unregisterRuntime(TaskRuntime taskRuntime) {
        if (runtime == taskRuntime) {
            runtime = null;
        }
    }

    /** The runtime, or empty when the tasks EAR is not deployed. */
    static Optional<TaskRuntime> runtime() {
        return Optional.ofNullable(runtime);
    }

    /** Called when an application that provides tasks has been deployed. */
    static void registerApplication(TaskInvoker invoker) {
        INVOKERS.put(invoker.application(), invoker);
        TaskRuntime current = runtime;
        if (current != null) {
            current.applicationAvailable(invoker.application());
        }
    }

    /** Called when an application that provides tasks is undeployed. */
    static void unregisterApplication(TaskInvoker invoker) {
        INVOKERS.remove(invoker.application(), invoker);
    }

    /** The applications as one runtime sees them: nothing once it is no longer the registered one. */
    private record SeenBy(TaskRuntime owner) implements DeployedApplications {

        @Override
        public Optional<TaskInvoker> invoker(String application) {
            return runtime == owner ? Optional.ofNullable(INVOKERS.get(application)) : Optional.empty();
        }

        @Override
        public Set<String> names() {
            return runtime == owner ? Set.copyOf(INVOKERS.keySet()) : Set.of();
        }
    }
}
