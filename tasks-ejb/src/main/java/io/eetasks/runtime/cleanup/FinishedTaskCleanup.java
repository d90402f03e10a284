package io.eetasks.runtime.cleanup;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.config.TasksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Set;

/**
 * Deletes every finished task past its retention: COMPLETED ones after
 * {@code tasks.cleanup.success-retention}, FAILED and CANCELLED ones after {@code tasks.cleanup.retention}.
 * Unfinished tasks are never touched. The leader runs it every {@code tasks.cleanup.interval}; each
 * batch is a transaction of its own ({@link FinishedTaskPurge}).
 */
@ApplicationScoped
public class FinishedTaskCleanup {

    @Inject
    FinishedTaskPurge purge;

    @Inject
    TasksConfig config;

    public void purgeExpired() {
        int deleted = purgeAll(Set.of(TaskStatus.COMPLETED), config.successRetention())
                + purgeAll(Set.of(TaskStatus.FAILED, TaskStatus.CANCELLED), config.retention());
        if (deleted > 0) {
            CleanupLog.LOG.purged(deleted);
        }
    }

    private int purgeAll(Set<TaskStatus> statuses, Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = purge.purgeBatch(statuses, retention, config.cleanupBatchSize());
            total += deleted;
        } while (deleted == config.cleanupBatchSize());
        return total;
    }
}
