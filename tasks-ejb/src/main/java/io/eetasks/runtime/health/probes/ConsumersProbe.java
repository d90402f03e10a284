package io.eetasks.runtime.health.probes;

import io.eetasks.runtime.queues.ConsumerState;
import io.eetasks.runtime.queues.QueueConsumers;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.health.HealthProbes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.util.List;
import java.util.Map;

/**
 * Ready while every queue this node serves has at least one consumer connected to the broker: a queue
 * with none is not being worked on here. The data gives each queue's connected consumers out of all.
 */
@ApplicationScoped
public class ConsumersProbe implements HealthCheck {

    private static final String NAME = HealthProbes.CONSUMERS;

    @Inject
    QueueConsumers consumers;

    @Inject
    TaskQueues queues;

    @Override
    public HealthCheckResponse call() {
        Map<String, List<ConsumerState>> byQueue = consumers.states();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        StringBuilder reason = new StringBuilder();
        for (String queue : queues.served()) {
            List<ConsumerState> states = byQueue.getOrDefault(queue, List.of());
            long connected = states.stream().filter(ConsumerState::connected).count();
            response.withData(queue, connected + " of " + states.size() + " consumers connected");
            if (connected == 0) {
                reason.append(reason.isEmpty() ? "" : "; ").append("no consumer of queue ").append(queue)
                        .append(" is connected to the broker");
                states.stream().map(ConsumerState::connectionProblem).filter(problem -> problem != null)
                        .findFirst().ifPresent(problem -> reason.append(" (").append(problem).append(')'));
            }
        }
        if (!reason.isEmpty()) {
            response.down().withData("reason", reason.toString());
        }
        return response.build();
    }
}
