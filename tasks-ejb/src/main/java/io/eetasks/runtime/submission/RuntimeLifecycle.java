package io.eetasks.runtime.submission;

import io.eetasks.bridge.TaskRegistry;
import io.eetasks.bridge.TaskRuntime;
import io.eetasks.runtime.cluster.Leadership;
import io.eetasks.runtime.cluster.NodeHeartbeat;
import io.eetasks.runtime.cluster.StoppedNodes;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.queues.QueueConsumers;
import io.eetasks.runtime.execution.CompletionSignals;
import io.eetasks.runtime.messaging.CompletionNotices;
import io.eetasks.runtime.messaging.PendingTaskRedispatcher;
import io.eetasks.runtime.health.probes.NodeHealth;
import io.eetasks.runtime.metrics.BacklogMetrics;
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
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the runtime once the schema is ready: offers it to applications through the registry,
 * and runs the periodic work (telling others this node runs, and as the cluster's leader handing over
 * the work of stopped nodes and re-dispatching lost messages; waking waiters of other nodes' tasks;
 * reporting applications that use tasks without opting in). On stop it says goodbye.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RuntimeLifecycle {

    private static final int PERIODIC_THREADS = 4;
    private static final long STOP_WAIT_SECONDS = 10;

    @EJB
    TaskRuntime runtime;

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
    TasksConfig config;

    @Inject
    QueueConsumers consumers;

    @Inject
    BacklogMetrics backlog;

    @Inject
    NodeHealth nodeHealth;

    /**
     * Periodic work runs on a pool of the server's managed threads, not on the managed scheduled
     * executor: that one refuses every run, with an ERROR in the log, from the moment the server
     * suspends for shutdown until this bean stops the work.
     */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService scheduler;

    private List<ScheduledFuture<?>> periodicWork = List.of();

    @PostConstruct
    void start() {
        // Read before the runtime is registered: the first read checks every setting, and a start that
        // fails after registering leaves the runtime in the registry, which then refuses the next deployment.
        long redispatchMillis = config.redispatchInterval().toMillis();
        long awaitMillis = config.awaitClusterCheck().toMillis();
        long heartbeatMillis = config.nodeHeartbeat().toMillis();
        long noticeMillis = config.awaitNotice().toMillis();
        scheduler = Executors.newScheduledThreadPool(PERIODIC_THREADS, threads);
        TaskRegistry.registerRuntime(runtime);
        heartbeat.started();
        periodicWork = List.of(
                scheduler.scheduleWithFixedDelay(guarded("heartbeat", this::beat), 0, heartbeatMillis,
                        TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(guarded("re-dispatch", leaderOnly(redispatcher::redispatchOverdue)),
                        redispatchMillis, redispatchMillis, TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(guarded("completion notices", () -> {
                    signals.releaseCommitted();
                    notices.send();
                }),
                        noticeMillis, noticeMillis, TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(guarded("await check", signals::checkOtherNodes),
                        awaitMillis, awaitMillis, TimeUnit.MILLISECONDS),
                scheduler.scheduleWithFixedDelay(guarded("backlog metrics", backlog::refresh),
                        0, config.metricsRefresh().toMillis(), TimeUnit.MILLISECONDS));
        consumers.start(threads);
        SubmissionLog.LOG.runtimeStarted(config.node());
    }

    /** Tells the others (and the console) this node runs and how it is, takes or renews the leader's lease, and as leader hands over stopped nodes' work. */
    private void beat() {
        heartbeat.beat(nodeHealth.summary(), nodeHealth.busy());
        leadership.renew();
        if (leadership.held()) {
            stoppedNodes.handOver();
        }
    }

    @PreDestroy
    void stop() {
        consumers.stop(Duration.ofSeconds(STOP_WAIT_SECONDS));
        TaskRegistry.unregisterRuntime(runtime);
        periodicWork.forEach(work -> work.cancel(false));
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        guarded("goodbye", () -> {
            leadership.release();
            heartbeat.left();
        }).run();
        SubmissionLog.LOG.runtimeStopped();
    }

    /** Work for the cluster's leader only (docs/cluster-duties.md). */
    private PeriodicWork leaderOnly(PeriodicWork work) {
        return () -> {
            if (leadership.held()) {
                work.run();
            }
        };
    }

    private static Runnable guarded(String name, PeriodicWork work) {
        return () -> {
            try {
                work.run();
            } catch (Exception e) {
                SubmissionLog.LOG.periodicWorkFailed(e, name);
            }
        };
    }

    /** Periodic work may throw; a failed round is logged and the next one runs as planned. */
    @FunctionalInterface
    private interface PeriodicWork {
        void run() throws Exception;
    }
}
