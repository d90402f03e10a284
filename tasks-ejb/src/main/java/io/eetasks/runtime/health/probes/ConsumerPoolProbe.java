package io.eetasks.runtime.health.probes;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.queues.ConsumerState;
import io.eetasks.runtime.queues.QueueConsumers;
import io.eetasks.runtime.health.HealthProbes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Live unless a queue's consumer pool is wedged: every consumer of the queue has died or has been in
 * one delivery for longer than {@code tasks.health.consumer-stuck-after} (set it above the longest
 * task). Such a queue takes no more work on this node until the server restarts.
 */
@ApplicationScoped
public class ConsumerPoolProbe implements HealthCheck {

    private static final String NAME = HealthProbes.CONSUMER_POOL;

    @Inject
    QueueConsumers consumers;

    @Inject
    TasksConfig config;

    @Override
    public HealthCheckResponse call() {
        Duration stuckAfter = config.consumerStuckAfter();
        Map<String, List<ConsumerState>> byQueue = consumers.states();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        StringBuilder reason = new StringBuilder();
        byQueue.forEach((queue, states) -> {
            long dead = states.stream().filter(state -> !state.alive()).count();
            long stuck = states.stream().filter(state -> state.alive() && state.delivering().compareTo(stuckAfter) > 0)
                    .count();
            response.withData(queue, states.size() - dead - stuck + " of " + states.size() + " consumers free or working");
            if (dead + stuck == states.size()) {
                reason.append(reason.isEmpty() ? "" : "; ").append("every consumer of queue ").append(queue)
                        .append(" has stopped (").append(dead).append(") or has been in one delivery for more than ")
                        .append(stuckAfter).append(" (").append(stuck).append(')');
            }
        });
        if (!reason.isEmpty()) {
            response.down().withData("reason", reason.toString());
        }
        return response.build();
    }
}
