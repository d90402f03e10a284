package io.eetasks.runtime.config;

import static io.eetasks.runtime.settings.TasksSettings.AWAIT_CLUSTER_CHECK_MILLIS;
import static io.eetasks.runtime.settings.TasksSettings.AWAIT_NOTICE_MILLIS;
import static io.eetasks.runtime.settings.TasksSettings.CLEANUP_BATCH_SIZE;
import static io.eetasks.runtime.settings.TasksSettings.CLEANUP_INTERVAL;
import static io.eetasks.runtime.settings.TasksSettings.CLEANUP_RETENTION;
import static io.eetasks.runtime.settings.TasksSettings.CLEANUP_SUCCESS_RETENTION;
import static io.eetasks.runtime.settings.TasksSettings.EXECUTE_NOW;
import static io.eetasks.runtime.settings.TasksSettings.HEALTH_CONSUMER_STUCK_AFTER;
import static io.eetasks.runtime.settings.TasksSettings.HEALTH_TIMER_LATE_AFTER;
import static io.eetasks.runtime.settings.TasksSettings.JMS_COMPLETIONS_TOPIC;
import static io.eetasks.runtime.settings.TasksSettings.JMS_CONNECTION_FACTORY;
import static io.eetasks.runtime.settings.TasksSettings.LEADER_LEASE;
import static io.eetasks.runtime.settings.TasksSettings.LEASE_DURATION;
import static io.eetasks.runtime.settings.TasksSettings.METRICS_REFRESH;
import static io.eetasks.runtime.settings.TasksSettings.NODE;
import static io.eetasks.runtime.settings.TasksSettings.NODE_DEAD_AFTER;
import static io.eetasks.runtime.settings.TasksSettings.NODE_HEARTBEAT;
import static io.eetasks.runtime.settings.TasksSettings.REDISPATCH_AFTER_SECONDS;
import static io.eetasks.runtime.settings.TasksSettings.REDISPATCH_BATCH_SIZE;
import static io.eetasks.runtime.settings.TasksSettings.REDISPATCH_INTERVAL_SECONDS;
import static io.eetasks.runtime.settings.TasksSettings.RESULT_WAIT;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_INITIAL_DELAY;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_JITTER;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_MAX_ATTEMPTS;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_MAX_DELAY;
import static io.eetasks.runtime.settings.TasksSettings.RETRY_MULTIPLIER;
import static io.eetasks.runtime.settings.TasksSettings.SCHEDULE_BATCH_SIZE;
import static io.eetasks.runtime.settings.TasksSettings.SCHEDULE_MISFIRE_GRACE;
import static io.eetasks.runtime.settings.TasksSettings.SCHEDULE_POLL_MILLIS;

import io.eetasks.RetryPolicy;
import io.eetasks.runtime.settings.TasksSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The runtime's settings, read once from MicroProfile Config through their declarations in
 * {@link TasksSettings} (docs/configuration.md).
 */
@ApplicationScoped
public class TasksConfig {

    @Inject
    Config config;

    boolean executeNow;
    Optional<String> node;
    long redispatchAfterSeconds;
    long redispatchIntervalSeconds;
    int redispatchBatchSize;
    long awaitClusterCheckMillis;
    int retryMaxAttempts;
    Duration retryInitialDelay;
    double retryMultiplier;
    Duration retryMaxDelay;
    double retryJitter;
    long schedulePollMillis;
    int scheduleBatchSize;
    Duration metricsRefresh;
    Duration timerLateAfter;
    Duration consumerStuckAfter;
    Duration retention;
    Optional<Duration> successRetention;
    Duration cleanupInterval;
    int cleanupBatchSize;
    Duration leaseDuration;
    Duration resultWait;
    Duration misfireGrace;
    Duration nodeHeartbeat;
    Duration nodeDeadAfter;
    Duration leaderLease;
    long awaitNoticeMillis;
    String jmsConnectionFactory;
    String completionsTopic;

    /**
     * Checks every key of EE Tasks, not only these: the runtime's start-up reads this bean first, so a
     * bad value anywhere fails the deployment, with every wrong key named, before anything runs.
     */
    @PostConstruct
    void read() {
        TasksSettings.check(config);
        executeNow = EXECUTE_NOW.value(config);
        node = NODE.configured(config);
        redispatchAfterSeconds = REDISPATCH_AFTER_SECONDS.value(config);
        redispatchIntervalSeconds = REDISPATCH_INTERVAL_SECONDS.value(config);
        redispatchBatchSize = REDISPATCH_BATCH_SIZE.value(config);
        awaitClusterCheckMillis = AWAIT_CLUSTER_CHECK_MILLIS.value(config);
        retryMaxAttempts = RETRY_MAX_ATTEMPTS.value(config);
        retryInitialDelay = RETRY_INITIAL_DELAY.value(config);
        retryMultiplier = RETRY_MULTIPLIER.value(config);
        retryMaxDelay = RETRY_MAX_DELAY.value(config);
        retryJitter = RETRY_JITTER.value(config);
        schedulePollMillis = SCHEDULE_POLL_MILLIS.value(config);
        scheduleBatchSize = SCHEDULE_BATCH_SIZE.value(config);
        metricsRefresh = METRICS_REFRESH.value(config);
        timerLateAfter = HEALTH_TIMER_LATE_AFTER.value(config);
        consumerStuckAfter = HEALTH_CONSUMER_STUCK_AFTER.value(config);
        retention = CLEANUP_RETENTION.value(config);
        successRetention = CLEANUP_SUCCESS_RETENTION.configured(config);
        cleanupInterval = CLEANUP_INTERVAL.value(config);
        cleanupBatchSize = CLEANUP_BATCH_SIZE.value(config);
        leaseDuration = LEASE_DURATION.value(config);
        resultWait = RESULT_WAIT.value(config);
        misfireGrace = SCHEDULE_MISFIRE_GRACE.value(config);
        nodeHeartbeat = NODE_HEARTBEAT.value(config);
        nodeDeadAfter = NODE_DEAD_AFTER.value(config);
        leaderLease = LEADER_LEASE.value(config);
        awaitNoticeMillis = AWAIT_NOTICE_MILLIS.value(config);
        jmsConnectionFactory = JMS_CONNECTION_FACTORY.value(config);
        completionsTopic = JMS_COMPLETIONS_TOPIC.value(config);
    }

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

    /** How late a fire time may be and still count as on time for {@link io.eetasks.Misfire#SKIP}. */
    public Duration misfireGrace() {
        return misfireGrace;
    }

    /** The retry policy of a new task: the one its submission names, else the configured default. */
    public RetryPolicy retryPolicyOr(RetryPolicy given) {
        return given != null ? given : new RetryPolicy(retryMaxAttempts, retryInitialDelay, retryMultiplier,
                retryMaxDelay, retryJitter, List.of());
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

    /**
     * How often the leader looks for due SCHEDULED and RETRY_WAIT tasks and schedules; a due time set
     * between looks wakes its node itself.
     */
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
