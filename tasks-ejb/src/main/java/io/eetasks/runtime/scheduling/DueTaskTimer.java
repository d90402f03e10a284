package io.eetasks.runtime.scheduling;

import io.eetasks.runtime.cluster.Leadership;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.dispatch.TaskDispatcher;
import io.eetasks.runtime.store.DueTimeSet;
import io.eetasks.runtime.store.QueuedTask;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The one EJB timer per node that wakes scheduled tasks and retries, and fires recurring schedules
 * (docs/due-tasks.md). Due times live on the task rows, which survive restarts. The timer ticks at
 * the earliest of: the next poll ({@code tasks.schedule.poll-millis}), the earliest due time the
 * database knew at the last tick, and a due time this node set since ({@link #dueTimeSet}). So a task
 * starts on time, not up to a poll late, and an idle node still costs one indexed query per poll.
 * <p>
 * Polls are the leader's duty; a wake releases on any node, since each release is a conditional
 * update that exactly one node wins. Ticks never overlap: one that comes while another runs waits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DueTaskTimer {

    /** Ticks never follow each other closer, should two clocks disagree on what is due by a little. */
    private static final long MIN_DELAY_MILLIS = 2;

    @Resource
    TimerService timers;

    @Inject
    DueTasks dueTasks;

    @Inject
    TaskDispatcher dispatcher;

    @Inject
    Schedules schedules;

    @Inject
    TasksConfig config;

    @Inject
    Leadership leadership;

    @Inject
    DatabaseClock clock;

    /** When the armed ticks come; guarded by {@code this}. Each timer carries its time as its info. */
    private final NavigableSet<Instant> armed = new TreeSet<>();
    /** The earliest due time set on this node that the leader's poll may come too late for; guarded by {@code this}. */
    private Instant localDue;

    private final Object ticking = new Object();

    /** When the last tick began (when the timer started, before the first): the readiness check reads it. */
    private volatile Instant lastTick = Instant.now();

    @PostConstruct
    void start() {
        armAt(Instant.now().plus(config.schedulePoll()));
    }

    /**
     * Releases the tasks due at {@code dueAt} on time, on this node, if the leader's next poll could
     * come after it; a later due time the leader sees a poll ahead. Called after the commit that set
     * the due time, so the tick finds the task.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dueTimeSet(@Observes(during = TransactionPhase.AFTER_SUCCESS) DueTimeSet event) {
        wakeAt(event.dueAt());
    }

    private synchronized void wakeAt(Instant dueAt) {
        Instant at = onThisClock(dueAt);
        if (at.isBefore(Instant.now().plus(config.schedulePoll()))) {
            localDue = earliest(localDue, at);
            armAt(at);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer fired) {
        lastTick = Instant.now();
        boolean leader = leadership.held();
        boolean wake;
        synchronized (this) {
            armed.remove((Instant) fired.getInfo());
            wake = localDue != null && !localDue.isAfter(Instant.now());
            if (wake) {
                localDue = null;
            }
        }
        Instant nextDue = null;
        if (leader || wake) {
            synchronized (ticking) {
                nextDue = releaseDue(leader);
            }
            nextDue = nextDue == null ? null : onThisClock(nextDue);
        }
        Instant poll = Instant.now().plus(config.schedulePoll());
        synchronized (this) {
            // the leader watches every due time; a woken node those before the leader's next poll
            if (!leader && nextDue != null && nextDue.isBefore(poll)) {
                localDue = earliest(localDue, nextDue);
            }
            armAt(earliest(earliest(poll, leader ? nextDue : null), localDue));
        }
    }

    /**
     * Releases and sends every due task, and on the leader fires the due schedules; returns when the
     * next task or schedule is due, or {@code null} if none is or the look failed.
     */
    private Instant releaseDue(boolean leader) {
        int batch = config.scheduleBatchSize();
        try {
            List<QueuedTask> released;
            do {
                released = dueTasks.release(batch);
                released.forEach(dispatcher::dispatch);
            } while (released.size() == batch);
            if (leader) {
                schedules.fireDue(batch);
                return earliest(dueTasks.nextDue(), schedules.nextFire());
            }
            return dueTasks.nextDue();
        } catch (RuntimeException e) {
            SchedulingLog.LOG.dueTasksFailed(e, config.schedulePoll());
            return null;
        }
    }

    /** When the last tick began; a tick comes at least every {@code tasks.schedule.poll-millis}. */
    public Instant lastTick() {
        return lastTick;
    }

    /** When the database's clock shows {@code databaseTime}, by this node's clock. */
    private Instant onThisClock(Instant databaseTime) {
        return databaseTime.minus(Duration.between(Instant.now(), clock.now()));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    /**
     * Arms a tick at {@code at} unless one is armed no later. A later one is left to come: cancelling
     * a timer that may be firing would wait on the container, and an extra tick only looks again.
     * A tick that should have come long ago is taken as lost, so a tick is always coming.
     */
    private synchronized void armAt(Instant at) {
        Instant now = Instant.now();
        armed.headSet(now.minus(config.schedulePoll().multipliedBy(2))).clear();
        Instant first = armed.isEmpty() ? null : armed.first();
        if (first != null && !first.isAfter(at)) {
            return;
        }
        long delay = Math.max(MIN_DELAY_MILLIS, Duration.between(now, at).toMillis());
        timers.createSingleActionTimer(delay, new TimerConfig(at, false));
        armed.add(at);
    }
}
