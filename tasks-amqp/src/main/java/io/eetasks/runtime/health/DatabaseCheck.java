package io.eetasks.runtime.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready while the tasks' database answers. */
@Readiness
@ApplicationScoped
public class DatabaseCheck extends ProbeCheck {

    @Override
    String name() {
        return HealthProbes.DATABASE;
    }
}
