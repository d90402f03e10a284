package io.eetasks.runtime.lifecycle;

import io.eetasks.bridge.DeployedApplications;
import io.eetasks.bridge.TaskRegistry;
import io.eetasks.bridge.TaskRuntime;
import io.eetasks.runtime.cleanup.FinishedTaskCleanup;
import io.eetasks.runtime.cluster.Leadership;
import io.eetasks.runtime.cluster.NodeHeartbeat;
import io.eetasks.runtime.cluster.StoppedNodes;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.awaiting.CompletionSignals;
import io.eetasks.runtime.execution.LeaseKeeper;
import io.eetasks.runtime.health.probes.NodeHealth;
import io.eetasks.runtime.awaiting.CompletionNotices;
import io.eetasks.runtime.dispatch.PendingTaskRedispatcher;
import io.eetasks.runtime.limits.LimitGauges;
import io.eetasks.runtime.limits.LimitKeeper;
import io.eetasks.runtime.metrics.BacklogMetrics;
import io.eetasks.runtime.messaging.BrokerCredentials;
import io.eetasks.runtime.queues.QueueConsumers;
import io.eetasks.runtime.submission.ApplicationInvokers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Starts the runtime once the schema is ready: offers it to applications through the registry, starts
 * the consumers and the node's periodic duties ({@link PeriodicWork}). On stop it lets running tasks
 * end, stops the duties and says goodbye.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RuntimeLifecycle {

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** The leader's round over the limits: what the events that move their lines missed (docs/permits.md). */
    private static final Duration LIMITS_ROUND = Duration.ofSeconds(2);

    /** Leases are renewed every third of their duration, so two renewals may fail before one runs out. */
    private static final int RENEWALS_PER_LEASE = 3;
    private static final Duration MIN_LEASE_ROUND = Duration.ofMillis(100);

    @EJB
    TaskRuntime runtime;

    @Inject
    PeriodicWork periodicWork;

    @Inject
    ApplicationInvokers invokers;

    @Inject
    PendingTaskRedispatcher redispatcher;

    @Inject
    CompletionSignals signals;

    @Inject
    CompletionNotices notices;

    @Inject
    NodeHeartbeat heartbeat;

    @Inject
    Leadership leadership;

    @Inject
    StoppedNodes stoppedNodes;

    @Inject
    LeaseKeeper leases;

    @Inject
    FinishedTaskCleanup cleanup;

    @Inject
    TasksConfig config;

    @Inject
    QueueConsumers consumers;

    @Inject
    BrokerCredentials brokerUser;

    @Inject
    BacklogMetrics backlog;

    @Inject
    NodeHealth nodeHealth;

    @Inject
    LimitKeeper limitKeeper;

    @Inject
    LimitGauges limitGauges;

    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void start() {
        // Read before the runtime is registered: the first read checks every setting, and a start that
        // fails after registering leaves the runtime in the registry, which then refuses the next deployment.
        Duration leaseRound = max(config.leaseDuration().dividedBy(RENEWALS_PER_LEASE), MIN_LEASE_ROUND);
        // The same: a missing broker password fails here, and a broker user the layer leaves to the runtime is made.
        String brokerPassword = brokerUser.password();
        DeployedApplications deployed = TaskRegistry.registerRuntime(runtime);
        invokers.connect(deployed);
        deployed.names().forEach(runtime::applicationAvailable);
        heartbeat.started();
        periodicWork.every("heartbeat", config.nodeHeartbeat(), Duration.ZERO, this::beat);
        periodicWork.every("lease renewal", leaseRound, leaseRound, this::keepLeases);
        periodicWork.everyAsLeader("re-dispatch", config.redispatchInterval(), config.redispatchInterval(),
                redispatcher::redispatchOverdue);
        periodicWork.every("completion notices", config.awaitNotice(), config.awaitNotice(), () -> {
            signals.releaseCommitted();
            notices.send();
        });
        periodicWork.every("await check", config.awaitClusterCheck(), config.awaitClusterCheck(),
                signals::checkOtherNodes);
        periodicWork.every("backlog metrics", config.metricsRefresh(), Duration.ZERO, backlog::refresh);
        periodicWork.every("limit metrics", config.metricsRefresh(), Duration.ZERO, limitGauges::refresh);
        periodicWork.everyAsLeader("purge of finished tasks", config.cleanupInterval(), config.cleanupInterval(),
                cleanup::purgeExpired);
        periodicWork.everyAsLeader("limits", LIMITS_ROUND, LIMITS_ROUND, limitKeeper::round);
        consumers.start(threads, brokerUser.username(), brokerPassword);
        LifecycleLog.LOG.runtimeStarted(config.node());
    }

    /**
     * Tells the others (and the console) this node runs and how it is, takes or renews the leader's
     * lease, and as leader hands over stopped nodes' work.
     */
    private void beat() {
        heartbeat.beat(nodeHealth.summary(), nodeHealth.busy());
        leadership.renew();
        if (leadership.held()) {
            stoppedNodes.handOver();
        }
    }

    /** Renews this node's leases; the leader then takes over those that ran out (docs/leases.md). */
    private void keepLeases() {
        leases.renewOwnLeases();
        if (leadership.held()) {
            leases.recoverExpired();
        }
    }

    @PreDestroy
    void stop() {
        consumers.stop(STOP_WAIT);
        TaskRegistry.unregisterRuntime(runtime);
        periodicWork.stop(STOP_WAIT);
        try {
            leadership.release();
            heartbeat.left();
        } catch (RuntimeException e) {
            LifecycleLog.LOG.workFailed(e, "Saying goodbye",
                    "the other nodes take this node for stopped after tasks.node.dead-after");
        }
        LifecycleLog.LOG.runtimeStopped();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
