package io.eetasks.runtime.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Liveness;

/** Live unless a queue's consumer pool is wedged. */
@Liveness
@ApplicationScoped
public class ConsumerPoolCheck extends ProbeCheck {

    @Override
    String name() {
        return HealthProbes.CONSUMER_POOL;
    }
}
