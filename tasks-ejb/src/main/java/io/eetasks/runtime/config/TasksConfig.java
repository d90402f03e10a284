package io.eetasks.runtime.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * Every runtime setting, read once from MicroProfile Config under the {@code tasks.} prefix. The
 * README lists them with their defaults; keep the two in step.
 */
@ApplicationScoped
public class TasksConfig {

    @Inject
    @ConfigProperty(name = "tasks.execute-now", defaultValue = "false")
    boolean executeNow;

    @Inject
    @ConfigProperty(name = "tasks.node")
    Optional<String> node;

    @Inject
    @ConfigProperty(name = "tasks.redispatch.after-seconds", defaultValue = "30")
    long redispatchAfterSeconds;

    @Inject
    @ConfigProperty(name = "tasks.redispatch.interval-seconds", defaultValue = "10")
    long redispatchIntervalSeconds;

    @Inject
    @ConfigProperty(name = "tasks.redispatch.batch-size", defaultValue = "500")
    int redispatchBatchSize;

    @Inject
    @ConfigProperty(name = "tasks.await.cluster-check-millis", defaultValue = "1000")
    long awaitClusterCheckMillis;

    /** Whether every task runs at once in its caller's thread, as if submitted with executeNow. */
    public boolean executeNow() {
        return executeNow;
    }

    /** The name this node records on the tasks it runs. */
    public String node() {
        return node.orElseGet(() -> System.getProperty("jboss.node.name", "node"));
    }

    /** How long a task may stay PENDING before its message is sent again. */
    public Duration redispatchAfter() {
        return Duration.ofSeconds(redispatchAfterSeconds);
    }

    /** How often PENDING tasks are checked for a lost message. */
    public Duration redispatchInterval() {
        return Duration.ofSeconds(redispatchIntervalSeconds);
    }

    /** How many tasks one re-dispatch round sends at most. */
    public int redispatchBatchSize() {
        return redispatchBatchSize;
    }

    /** How often waiters check for tasks finished on other nodes. */
    public Duration awaitClusterCheck() {
        return Duration.ofMillis(awaitClusterCheckMillis);
    }
}
