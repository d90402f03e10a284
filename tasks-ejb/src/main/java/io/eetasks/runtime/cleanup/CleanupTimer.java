package io.eetasks.runtime.cleanup;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.cluster.Leadership;
import io.eetasks.runtime.config.TasksConfig;
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

import java.time.Duration;
import java.util.Set;

/**
 * Purges finished tasks past their retention every {@code tasks.cleanup.interval}: COMPLETED ones
 * after {@code tasks.cleanup.success-retention}, FAILED and CANCELLED ones after
 * {@code tasks.cleanup.retention}. Unfinished tasks are never touched.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CleanupTimer {

    @Resource
    TimerService timers;

    @Inject
    FinishedTaskPurge purge;

    @Inject
    TasksConfig config;

    @Inject
    Leadership leadership;

    @PostConstruct
    void start() {
        long every = config.cleanupInterval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("eetasks-cleanup", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purgeExpired() {
        if (!leadership.held()) {
            return;
        }
        try {
            int deleted = purgeAll(Set.of(TaskStatus.COMPLETED), config.successRetention())
                    + purgeAll(Set.of(TaskStatus.FAILED, TaskStatus.CANCELLED), config.retention());
            if (deleted > 0) {
                CleanupLog.LOG.purged(deleted);
            }
        } catch (RuntimeException e) {
            CleanupLog.LOG.purgeFailed(e, config.cleanupInterval());
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
