package io.eetasks.runtime.health.probes;

import io.eetasks.runtime.messaging.BrokerSendingHealth;
import io.eetasks.runtime.queues.ConsumerState;
import io.eetasks.runtime.queues.QueueConsumers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * This node's health and load as its heartbeat records them for the console, which shows every node's:
 * the readiness and liveness checks in one line, and the consumers of each queue running a task.
 */
@ApplicationScoped
public class NodeHealth {

    /** Longest health text recorded (the column's size). */
    static final int MAX_LENGTH = 4000;

    @Inject
    ConsumersProbe consumersProbe;

    @Inject
    DueTaskTimerProbe dueTaskTimer;

    @Inject
    ConsumerPoolProbe consumerPool;

    @Inject
    @Readiness
    BrokerSendingHealth broker;

    @Inject
    QueueConsumers consumers;

    /**
     * {@code UP}, or {@code DOWN: } and each failing check with its reason. The database is not asked: the
     * heartbeat that records this is written to it, so a node that cannot reach it records nothing.
     */
    public String summary() {
        List<HealthCheckResponse> down = Stream.<HealthCheck>of(broker, consumersProbe, dueTaskTimer, consumerPool)
                .map(HealthCheck::call)
                .filter(response -> response.getStatus() == HealthCheckResponse.Status.DOWN)
                .toList();
        if (down.isEmpty()) {
            return "UP";
        }
        String text = down.stream().map(response -> response.getName() + ": " + response.getData()
                        .map(data -> String.valueOf(data.get("reason"))).orElse("DOWN"))
                .collect(Collectors.joining("; ", "DOWN: ", ""));
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** Per queue, how many of its consumers run a task now: {@code default=3,reports=0}. */
    public String busy() {
        return consumers.states().entrySet().stream()
                .map(queue -> queue.getKey() + "=" + queue.getValue().stream().filter(NodeHealth::running).count())
                .collect(Collectors.joining(","));
    }

    private static boolean running(ConsumerState state) {
        return state.delivering().compareTo(Duration.ZERO) > 0;
    }
}
