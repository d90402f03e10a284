package io.eetasks.runtime.health.probes;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.scheduling.DueTaskTimer;
import io.eetasks.runtime.health.HealthProbes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.time.Instant;

/**
 * Ready while this node's due-task timer ticks: it ticks every {@code tasks.schedule.poll-millis}, and
 * without it scheduled tasks and retries wait, and the leader fires no schedule. Not ready once it has
 * not begun a tick for {@code tasks.health.timer-late-after}.
 */
@ApplicationScoped
public class DueTaskTimerProbe implements HealthCheck {

    private static final String NAME = HealthProbes.DUE_TASK_TIMER;

    @Inject
    DueTaskTimer timer;

    @Inject
    TasksConfig config;

    @Override
    public HealthCheckResponse call() {
        Duration since = Duration.between(timer.lastTick(), Instant.now());
        String lastTick = (since.toMillis() / 100) / 10.0 + " s ago";
        if (since.compareTo(config.timerLateAfter()) > 0) {
            return HealthCheckResponse.named(NAME).down().withData("last tick", lastTick)
                    .withData("reason", "the due-task timer has not ticked for " + since.toSeconds() + " s (it should every "
                            + config.schedulePoll().toMillis() + " ms): scheduled tasks and retries wait on this node")
                    .build();
        }
        return HealthCheckResponse.named(NAME).up().withData("last tick", lastTick).build();
    }
}
