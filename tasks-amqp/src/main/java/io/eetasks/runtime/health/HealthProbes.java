package io.eetasks.runtime.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The runtime's health probes, by check name. The health subsystem finds checks only among the beans
 * of the EAR's library jars, not of its EJB module, where the runtime is (docs/health.md); so the
 * checks are here and ask the probes the runtime registers when it starts.
 */
@ApplicationScoped
public class HealthProbes {

    public static final String DATABASE = "eetasks-database";
    public static final String CONSUMERS = "eetasks-consumers";
    public static final String DUE_TASK_TIMER = "eetasks-due-task-timer";
    public static final String CONSUMER_POOL = "eetasks-consumer-pool";

    private final Map<String, Supplier<HealthCheckResponse>> probes = new ConcurrentHashMap<>();

    public void register(String name, Supplier<HealthCheckResponse> probe) {
        probes.put(name, probe);
    }

    public void unregister(String name) {
        probes.remove(name);
    }

    /** The probe's answer; DOWN while the runtime has not registered it (it is starting or stopping). */
    HealthCheckResponse call(String name) {
        Supplier<HealthCheckResponse> probe = probes.get(name);
        if (probe == null) {
            return HealthCheckResponse.named(name).down()
                    .withData("reason", "the EE Tasks runtime is not running on this node (starting or stopping)")
                    .build();
        }
        return probe.get();
    }
}
