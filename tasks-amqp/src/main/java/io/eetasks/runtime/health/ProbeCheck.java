package io.eetasks.runtime.health;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** A health check that answers with the runtime's probe of its name. */
abstract class ProbeCheck implements HealthCheck {

    @Inject
    HealthProbes probes;

    abstract String name();

    @Override
    public HealthCheckResponse call() {
        return probes.call(name());
    }
}
