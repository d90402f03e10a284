package io.eetasks.runtime.scheduling;

import io.eetasks.runtime.cluster.Leadership;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.messaging.TaskDispatcher;
import io.eetasks.runtime.store.QueuedTask;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * The one EJB timer per node that wakes scheduled tasks and retries, and fires recurring schedules. Due times live on the task
 * rows, which survive restarts; this timer looks for due tasks every {@code tasks.schedule.poll-millis}
 * with one indexed query, however many tasks wait (docs/due-tasks.md).
 * A tick that takes longer (a burst of due tasks) delays the next one instead of overlapping it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DueTaskTimer {

    private static final Logger LOG = Logger.getLogger(DueTaskTimer.class);

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

    @PostConstruct
    void start() {
        schedule();
    }

    /** One tick at a time: the next is set when this one ends, so a long tick never overlaps the next. */
    private void schedule() {
        timers.createSingleActionTimer(config.schedulePoll().toMillis(), new TimerConfig("eetasks-due-tasks", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void releaseDueTasks() {
        if (!leadership.held()) {
            schedule();
            return;
        }
        try {
            List<QueuedTask> released;
            do {
                released = dueTasks.release(config.scheduleBatchSize());
                released.forEach(dispatcher::dispatch);
            } while (released.size() == config.scheduleBatchSize());
            schedules.fireDue(config.scheduleBatchSize());
        } catch (RuntimeException e) {
            LOG.warnf(e, "EETASKS0301: Looking for due tasks failed; the next look is in %s", config.schedulePoll());
        } finally {
            schedule();
        }
    }
}
