package io.eetasks.runtime.scheduling;

import io.eetasks.Misfire;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.submission.TaskSubmissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One firing of a due schedule. Moving the schedule's next fire time is a conditional update on the
 * fire time it had, so when several nodes see it due at once only one of them submits the task, in
 * the same transaction.
 */
@ApplicationScoped
public class ScheduleFiring {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TaskSubmissions submissions;

    @Inject
    TasksConfig config;

    /** Fires the schedule for its due time; returns the task it submitted, or {@code null}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID fire(Schedule schedule) {
        Instant due = schedule.getNextFireAt();
        Instant now = Instant.now();
        Instant next = schedule.nextAfter(due, now);
        int won = entityManager.createQuery("update Schedule s set s.nextFireAt = :next, s.lastFireAt = :due,"
                        + " s.updatedAt = :now where s.application = :application and s.name = :name and s.nextFireAt = :due and s.paused = false")
                .setParameter("next", next)
                .setParameter("due", due)
                .setParameter("now", now)
                .setParameter("application", schedule.getApplication())
                .setParameter("name", schedule.getName())
                .executeUpdate();
        if (won != 1) {
            return null;
        }
        if (schedule.getMisfire() == Misfire.SKIP && Duration.between(due, now).compareTo(config.misfireGrace()) > 0) {
            SchedulingLog.LOG.fireTimeSkipped(schedule.getName(), schedule.getApplication(), due, next);
            return null;
        }
        return submissions.enqueue(Schedules.callOf(submissions, schedule, due));
    }
}
