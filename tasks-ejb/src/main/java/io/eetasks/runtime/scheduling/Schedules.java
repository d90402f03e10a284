package io.eetasks.runtime.scheduling;

import io.eetasks.ScheduleInfo;
import io.eetasks.bridge.ScheduleDefinition;
import io.eetasks.bridge.Submission;
import io.eetasks.runtime.submission.TaskSubmissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

/** Registers, lists, pauses, resumes, triggers and removes recurring schedules, and fires the due ones. */
@ApplicationScoped
public class Schedules {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    ScheduleFiring firing;

    @Inject
    TaskSubmissions submissions;

    /**
     * Adds the schedule, or replaces the application's schedule of that name; an unchanged schedule
     * keeps its state. Names are the application's own: another application's schedule of the same
     * name is another schedule.
     */
    @Transactional(REQUIRES_NEW)
    public void register(ScheduleDefinition definition) {
        FireTimes.validate(definition.schedule());
        Instant now = Instant.now();
        String application = definition.call().application();
        Schedule existing = find(new ScheduleKey(application, definition.schedule().name()));
        if (existing == null) {
            entityManager.persist(Schedule.of(definition, now));
            SchedulingLog.LOG.scheduleRegistered(definition.schedule().name(), definition.call().name(), application);
        } else if (!existing.sameAs(definition)) {
            existing.define(definition, now);
            SchedulingLog.LOG.scheduleChanged(definition.schedule().name(), application);
        }
    }

    /** The schedules of one application, or of every application for {@code null}, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduleInfo> list(String application) {
        return entityManager.createQuery("select s from Schedule s where :application is null"
                        + " or s.application = :application order by s.name, s.application", Schedule.class)
                .setParameter("application", application)
                .getResultStream().map(Schedule::toInfo).toList();
    }

    @Transactional(REQUIRES_NEW)
    public boolean pause(ScheduleKey key) {
        return entityManager.createQuery("update Schedule s set s.paused = true, s.updatedAt = :now"
                        + " where s.application = :application and s.name = :name")
                .setParameter("now", Instant.now())
                .setParameter("application", key.application())
                .setParameter("name", key.name())
                .executeUpdate() == 1;
    }

    /** Resumes a schedule from its next fire time after now: what it missed while paused is not run. */
    @Transactional(REQUIRES_NEW)
    public boolean resume(ScheduleKey key) {
        Schedule schedule = find(key);
        if (schedule == null) {
            return false;
        }
        Instant now = Instant.now();
        return entityManager.createQuery("update Schedule s set s.paused = false, s.nextFireAt = :next,"
                        + " s.updatedAt = :now where s.application = :application and s.name = :name")
                .setParameter("next", schedule.nextAfter(schedule.getNextFireAt(), now))
                .setParameter("now", now)
                .setParameter("application", key.application())
                .setParameter("name", key.name())
                .executeUpdate() == 1;
    }

    /** Submits the schedule's task now; {@code null} if there is no such schedule. */
    @Transactional(REQUIRES_NEW)
    public UUID trigger(ScheduleKey key) {
        Schedule schedule = find(key);
        return schedule == null ? null : submissions.enqueue(callOf(submissions, schedule, null));
    }

    @Transactional(REQUIRES_NEW)
    public boolean remove(ScheduleKey key) {
        return entityManager.createQuery("delete from Schedule s where s.application = :application and s.name = :name")
                .setParameter("application", key.application())
                .setParameter("name", key.name())
                .executeUpdate() == 1;
    }

    private Schedule find(ScheduleKey key) {
        return key.application() == null || key.name() == null ? null : entityManager.find(Schedule.class, key);
    }

    /** When the next schedule that is not paused fires (by the database's clock), or {@code null}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant nextFire() {
        return entityManager.createQuery("select min(s.nextFireAt) from Schedule s where s.paused = false", Instant.class)
                .getSingleResult();
    }

    /** Fires every schedule that is due by the database's clock; each fire time once across all nodes. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void fireDue(int limit) {
        List<Schedule> due = entityManager.createQuery("select s from Schedule s where s.paused = false"
                        + " and s.nextFireAt <= current_timestamp order by s.nextFireAt", Schedule.class)
                .setMaxResults(limit)
                .getResultList();
        for (Schedule schedule : due) {
            try {
                firing.fire(schedule);
            } catch (RuntimeException e) {
                SchedulingLog.LOG.scheduleFailed(e, schedule.getName());
            }
        }
    }

    /** The schedule's call; {@code fireTime}, if given, is recorded as the task's scheduled time. */
    static Submission callOf(TaskSubmissions submissions, Schedule schedule, Instant fireTime) {
        return submissions.plainCall(schedule.getApplication(), schedule.getTaskName(), schedule.getPayload())
                .dueAt(fireTime);
    }
}
