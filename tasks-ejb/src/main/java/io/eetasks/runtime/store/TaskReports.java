package io.eetasks.runtime.store;

import io.eetasks.TaskLogLine;
import io.eetasks.TaskProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What running tasks report of themselves: their progress (one row per task) and their log lines (a
 * bounded number per task). Each report is written in a transaction of its own, outside the attempt's,
 * so it shows at once and a rollback of the attempt does not erase it (docs/progress-and-log.md).
 */
@ApplicationScoped
public class TaskReports {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    DatabaseClock clock;

    /** Records the task's progress, replacing what it reported before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID taskId, long done, long total) {
        OffsetDateTime now = utc(clock.now());
        int updated = entityManager.createNativeQuery("update eet_task_progress set done = ?, total = ?, updated_at = ?"
                        + " where task_id = ?")
                .setParameter(1, done).setParameter(2, total).setParameter(3, now).setParameter(4, taskId)
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into eet_task_progress (task_id, done, total, updated_at)"
                            + " values (?, ?, ?, ?)")
                    .setParameter(1, taskId).setParameter(2, done).setParameter(3, total).setParameter(4, now)
                    .executeUpdate();
        }
    }

    /**
     * Adds a line to the task's log, numbered after the last one, unless the log is full.
     *
     * @return false when the task has {@link TaskLogLine#MAX_LINES} lines already
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean log(UUID taskId, int attempt, String message) {
        String line = message.length() > TaskLogLine.MAX_LENGTH ? message.substring(0, TaskLogLine.MAX_LENGTH) : message;
        return entityManager.createNativeQuery("insert into eet_task_log (task_id, seq, attempt, logged_at, message)"
                        + " select ?, coalesce(max(seq), 0) + 1, ?, ?, ? from eet_task_log where task_id = ?"
                        + " having coalesce(max(seq), 0) < ?")
                .setParameter(1, taskId).setParameter(2, attempt).setParameter(3, utc(clock.now()))
                .setParameter(4, line).setParameter(5, taskId).setParameter(6, TaskLogLine.MAX_LINES)
                .executeUpdate() == 1;
    }

    /** The task's last reported progress, or {@code null}. */
    public TaskProgress progressOf(UUID taskId) {
        List<?> rows = entityManager.createNativeQuery("select done, total, updated_at from eet_task_progress"
                        + " where task_id = ?")
                .setParameter(1, taskId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new TaskProgress(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), DatabaseTimes.toInstant(row[2]));
    }

    /** The task's log, in the order written. */
    public List<TaskLogLine> logOf(UUID taskId) {
        List<?> rows = entityManager.createNativeQuery("select attempt, logged_at, message from eet_task_log"
                        + " where task_id = ? order by seq")
                .setParameter(1, taskId)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new TaskLogLine(((Number) row[0]).intValue(), DatabaseTimes.toInstant(row[1]), (String) row[2]))
                .toList();
    }

    /** Deletes the reports of those of these tasks that were deleted. */
    public void deleteOfDeleted(Collection<UUID> taskIds) {
        for (String table : List.of("eet_task_progress", "eet_task_log")) {
            entityManager.createNativeQuery("delete from " + table + " where task_id in (:ids)"
                            + " and not exists (select 1 from eet_task t where t.id = task_id)")
                    .setParameter("ids", taskIds)
                    .executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
