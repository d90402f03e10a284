package io.eetasks.bridge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskRegistryTest {

    private final List<String> announced = new ArrayList<>();
    private final TaskRuntime runtime = runtime(announced);
    private final TaskInvoker reports = invoker("reports");

    @AfterEach
    void cleanUp() {
        TaskRegistry.unregisterRuntime(runtime);
        TaskRegistry.unregisterApplication(reports);
    }

    @Test
    void theRegisteredRuntimeSeesTheApplicationsDeployedBeforeAndAfterIt() {
        TaskRegistry.registerApplication(reports);

        DeployedApplications deployed = TaskRegistry.registerRuntime(runtime);
        TaskInvoker billing = invoker("billing");
        TaskRegistry.registerApplication(billing);

        try {
            assertThat(deployed.names()).containsExactlyInAnyOrder("reports", "billing");
            assertThat(deployed.invoker("reports")).containsSame(reports);
            assertThat(announced).containsExactly("billing");
        } finally {
            TaskRegistry.unregisterApplication(billing);
        }
    }

    @Test
    void aSecondRuntimeIsRefusedWhileOneIsRegistered() {
        TaskRegistry.registerRuntime(runtime);

        assertThatThrownBy(() -> TaskRegistry.registerRuntime(runtime(new ArrayList<>())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already running");
        assertThat(TaskRegistry.runtime()).containsSame(runtime);
    }

    @Test
    void aRuntimeNoLongerRegisteredSeesNoApplication() {
        TaskRegistry.registerApplication(reports);
        DeployedApplications deployed = TaskRegistry.registerRuntime(runtime);

        TaskRegistry.unregisterRuntime(runtime);

        assertThat(deployed.invoker("reports")).isEmpty();
        assertThat(deployed.names()).isEmpty();
        assertThat(TaskRegistry.runtime()).isEmpty();
    }

    /** A runtime that records the applications announced to it and does nothing else. */
    private static TaskRuntime runtime(List<String> announced) {
        return (TaskRuntime) Proxy.newProxyInstance(TaskRuntime.class.getClassLoader(), new Class<?>[]{TaskRuntime.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "applicationAvailable" -> {
                        announced.add((String) args[0]);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static TaskInvoker invoker(String application) {
        return (TaskInvoker) Proxy.newProxyInstance(TaskInvoker.class.getClassLoader(), new Class<?>[]{TaskInvoker.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "application" -> application;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
