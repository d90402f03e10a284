package io.eetasks.runtime.config;

import io.eetasks.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
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
    @ConfigProperty(name = "tasks.await.cluster-check-millis", defaultValue = "5000")
    long awaitClusterCheckMillis;

    @Inject
    @ConfigProperty(name = "tasks.retry.max-attempts", defaultValue = "3")
    int retryMaxAttempts;

    @Inject
    @ConfigProperty(name = "tasks.retry.initial-delay", defaultValue = "PT1S")
    Duration retryInitialDelay;

    @Inject
    @ConfigProperty(name = "tasks.retry.multiplier", defaultValue = "2")
    double retryMultiplier;

    @Inject
    @ConfigProperty(name = "tasks.retry.max-delay", defaultValue = "PT1H")
    Duration retryMaxDelay;

    @Inject
    @ConfigProperty(name = "tasks.retry.jitter", defaultValue = "0.1")
    double retryJitter;

    @Inject
    @ConfigProperty(name = "tasks.schedule.poll-millis", defaultValue = "500")
    long schedulePollMillis;

    @Inject
    @ConfigProperty(name = "tasks.schedule.batch-size", defaultValue = "1000")
    int scheduleBatchSize;

    @Inject
    @ConfigProperty(name = "tasks.metrics.refresh", defaultValue = "PT15S")
    Duration metricsRefresh;

    @Inject
    @ConfigProperty(name = "tasks.health.timer-late-after", defaultValue = "PT1M")
    Duration timerLateAfter;

    @Inject
    @ConfigProperty(name = "tasks.health.consumer-stuck-after", defaultValue = "PT1H")
    Duration consumerStuckAfter;

    @Inject
    @ConfigProperty(name = "tasks.cleanup.retention", defaultValue = "P90D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "tasks.cleanup.success-retention")
    Optional<Duration> successRetention;

    @Inject
    @ConfigProperty(name = "tasks.cleanup.interval", defaultValue = "PT1H")
    Duration cleanupInterval;

    @Inject
    @ConfigProperty(name = "tasks.cleanup.batch-size", defaultValue = "1000")
    int cleanupBatchSize;

    @Inject
    @ConfigProperty(name = "tasks.lease.duration", defaultValue = "PT60S")
    Duration leaseDuration;

    @Inject
    @ConfigProperty(name = "tasks.result-wait", defaultValue = "PT5M")
    Duration resultWait;

    /**
     * How long an attempt of a task without a timeout waits for a {@code CompletionStage} its method
     * returned; by default WildFly's default transaction timeout, which ends the attempt's transaction.
     */
    public Duration resultWait() {
        return resultWait;
    }

    /**
     * How long a running attempt's lease lasts. The node renews it every third of that while the
     * attempt runs; an attempt whose lease has expired is taken over by any node.
     */
    public Duration leaseDuration() {
        return leaseDuration;
    }

    /** How long FAILED and CANCELLED tasks are kept after they finished. */
    public Duration retention() {
        return retention;
    }

    /** How long COMPLETED tasks are kept after they finished (the general retention unless set). */
    public Duration successRetention() {
        return successRetention.orElse(retention);
    }

    /** How often finished tasks past their retention are purged. */
    public Duration cleanupInterval() {
        return cleanupInterval;
    }

    /** How many tasks one purge transaction deletes at most. */
    public int cleanupBatchSize() {
        return cleanupBatchSize;
    }

    @Inject
    @ConfigProperty(name = "tasks.schedule.misfire-grace", defaultValue = "PT1M")
    Duration misfireGrace;

    /** How late a fire time may be and still count as on time for {@link io.eetasks.Misfire#SKIP}. */
    public Duration misfireGrace() {
        return misfireGrace;
    }

    /** The retry policy of a new task: the one its submission names, else the configured default. */
    public RetryPolicy retryPolicyOr(RetryPolicy given) {
        return given != null ? given : new RetryPolicy(retryMaxAttempts, retryInitialDelay, retryMultiplier,
                retryMaxDelay, retryJitter, List.of());
    }

    /**
     * How often the leader looks for due SCHEDULED and RETRY_WAIT tasks and schedules; a due time set
     * between looks wakes its node itself.
     */
    /** A zero or negative period would fail the deployment with no word of which setting is wrong. */
    @PostConstruct
    void checkPeriods() {
        requirePositive("tasks.metrics.refresh", metricsRefresh);
        requirePositive("tasks.health.timer-late-after", timerLateAfter);
        requirePositive("tasks.health.consumer-stuck-after", consumerStuckAfter);
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be a positive duration such as PT15S, not " + value);
        }
    }

    /** How often the backlog gauges are read from the database. */
    public Duration metricsRefresh() {
        return metricsRefresh;
    }

    /** How long the due-task timer may not tick before this node is not ready. */
    public Duration timerLateAfter() {
        return timerLateAfter;
    }

    /** How long every consumer of a queue may be in one delivery before this node is not live. */
    public Duration consumerStuckAfter() {
        return consumerStuckAfter;
    }

    public Duration schedulePoll() {
        return Duration.ofMillis(schedulePollMillis);
    }

    /** How many due tasks one look releases at most. */
    public int scheduleBatchSize() {
        return scheduleBatchSize;
    }

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

    @Inject
    @ConfigProperty(name = "tasks.node.heartbeat", defaultValue = "PT5S")
    Duration nodeHeartbeat;

    @Inject
    @ConfigProperty(name = "tasks.node.dead-after", defaultValue = "PT15S")
    Duration nodeDeadAfter;

    @Inject
    @ConfigProperty(name = "tasks.leader.lease", defaultValue = "PT15S")
    Duration leaderLease;

    @Inject
    @ConfigProperty(name = "tasks.await.notice-millis", defaultValue = "10")
    long awaitNoticeMillis;

    @Inject
    @ConfigProperty(name = "tasks.jms.connection-factory", defaultValue = "java:/JmsXA")
    String jmsConnectionFactory;

    @Inject
    @ConfigProperty(name = "tasks.jms.completions-topic", defaultValue = "java:/jms/topic/eetasks.completions")
    String completionsTopic;

    /** How often the tasks this node finished are announced to the other nodes. */
    public Duration awaitNotice() {
        return Duration.ofMillis(awaitNoticeMillis);
    }

    /** The JNDI name of the JMS connection factory of the broker the nodes share. */
    public String jmsConnectionFactory() {
        return jmsConnectionFactory;
    }

    /** The JNDI name of the topic on which nodes announce the tasks they finished. */
    public String completionsTopic() {
        return completionsTopic;
    }

    /** How often this node renews its heartbeat and tries to take or renew the leader's lease. */
    public Duration nodeHeartbeat() {
        return nodeHeartbeat;
    }

    /** How long a node may go unseen before the leader hands its work to the others. */
    public Duration nodeDeadAfter() {
        return nodeDeadAfter;
    }

    /** How long the lease of the node that does the cluster's periodic duties lasts. */
    public Duration leaderLease() {
        return leaderLease;
    }

    /** How often waiters check the database for tasks finished on other nodes (a safety net: completions are announced). */
    public Duration awaitClusterCheck() {
        return Duration.ofMillis(awaitClusterCheckMillis);
    }
}
