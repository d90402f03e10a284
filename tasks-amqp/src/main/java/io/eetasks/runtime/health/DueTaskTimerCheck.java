package io.eetasks.runtime.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** Ready while this node's due-task timer ticks. */
@Readiness
@ApplicationScoped
public class DueTaskTimerCheck extends ProbeCheck {

    @Override
    String name() {
        return HealthProbes.DUE_TASK_TIMER;
    }
}
