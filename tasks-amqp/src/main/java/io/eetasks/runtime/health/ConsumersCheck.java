package io.eetasks.runtime.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready while every queue this node serves has a consumer connected to the broker. */
@Readiness
@ApplicationScoped
public class ConsumersCheck extends ProbeCheck {

    @Override
    String name() {
        return HealthProbes.CONSUMERS;
    }
}
