package io.eetasks.runtime.cleanup;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Deletes finished tasks whose retention has passed, one bounded batch per transaction: COMPLETED ones
 * after {@code tasks.cleanup.success-retention}, FAILED and CANCELLED ones after
 * {@code tasks.cleanup.retention}. Unfinished tasks are never touched; the delete itself names the
 * finished statuses again, so a task that is re-run meanwhile stays. The leader runs it every
 * {@code tasks.cleanup.interval}.
 */
@ApplicationScoped
public class FinishedTaskPurge {

    @Inject
    TaskStore store;

    @Inject
    TasksConfig config;

    /** Deletes every finished task past its retention, batch after batch. */
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
            deleted = purgeBatch(statuses, retention, config.cleanupBatchSize());
            total += deleted;
        } while (deleted == config.cleanupBatchSize());
        return total;
    }

    /** Deletes up to {@code limit} tasks in one of {@code statuses} finished before now minus {@code retention}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBatch(Set<TaskStatus> statuses, Duration retention, int limit) {
        List<UUID> expired = store.finishedBefore(statuses, Instant.now().minus(retention), limit);
        return expired.isEmpty() ? 0 : store.deleteFinished(expired);
    }
}
