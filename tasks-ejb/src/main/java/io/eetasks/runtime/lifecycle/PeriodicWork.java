package io.eetasks.runtime.lifecycle;

import io.eetasks.runtime.cluster.Leadership;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one way the runtime runs periodic work (docs/periodic-work.md): each duty runs with a fixed delay
 * after the end of its last run, so runs of one duty never overlap; a failed run is logged and the next
 * one comes as planned. The due-task timer is the only other clock: it is not periodic, it arms itself
 * for the next due time.
 *
 * <p>The duties run on a small pool of the server's managed threads, not on the managed scheduled
 * executor: that one refuses every run, with an ERROR in the log, from the moment the server suspends
 * for shutdown until the runtime stops the work.
 */
@ApplicationScoped
public class PeriodicWork {

    private static final int THREADS = 4;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Leadership leadership;

    private ScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> duties = new CopyOnWriteArrayList<>();

    /** Runs {@code work} every {@code period}, the first time after {@code firstAfter}. */
    public synchronized void every(String name, Duration period, Duration firstAfter, Duty work) {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(THREADS, threads);
        }
        duties.add(scheduler.scheduleWithFixedDelay(guarded(name, period, work), firstAfter.toMillis(),
                period.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** As {@link #every}, for work that only the cluster's leader does (docs/cluster-duties.md). */
    public void everyAsLeader(String name, Duration period, Duration firstAfter, Duty work) {
        every(name, period, firstAfter, () -> {
            if (leadership.held()) {
                work.run();
            }
        });
    }

    /** Stops every duty, waiting up to {@code wait} for runs under way to end. */
    public synchronized void stop(Duration wait) {
        duties.forEach(duty -> duty.cancel(false));
        duties.clear();
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    private static Runnable guarded(String name, Duration period, Duty work) {
        return () -> {
            try {
                work.run();
            } catch (Exception e) {
                LifecycleLog.LOG.workFailed(e, "Periodic " + name, "it runs again in " + period);
            }
        };
    }

    /** One run of a duty; it may throw, and the next run comes all the same. */
    @FunctionalInterface
    public interface Duty {
        void run() throws Exception;
    }
}
