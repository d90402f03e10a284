package io.eetasks.runtime.execution;

import io.eetasks.LeaseExpiredException;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.awaiting.CompletionSignals;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.store.RunningAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.metrics.TaskMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Renews the leases of the attempts this node runs, and ends attempts whose lease expired (their
 * node died or hung): one conditional update per attempt, so only one node ends it, and the task is
 * then retried or failed by its retry policy. The stale node can no longer record an outcome.
 */
@ApplicationScoped
public class LeaseKeeper {

    private static final int RECOVERY_BATCH = 100;
    private static final int MAX_RECOVERY_ROUNDS = 50;

    @Inject
    TaskStore store;

    @Inject
    TaskMetrics metrics;

    @Inject
    TaskAttempts attempts;

    @Inject
    RunningTasks running;

    @Inject
    CompletionSignals signals;

    @Inject
    DatabaseClock clock;

    @Inject
    TasksConfig config;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renewOwnLeases() {
        List<UUID> ids = running.snapshot();
        if (!ids.isEmpty()) {
            store.renewLeases(config.node(), ids, clock.now().plus(config.leaseDuration()));
        }
    }

    /**
     * Ends the leases of the attempts running on nodes recorded as stopped and not seen since
     * {@code silentSince}, so that they are recovered at once; returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireLeasesOfStoppedNodes(Instant silentSince) {
        return store.expireLeasesOfStoppedNodes(silentSince, clock.now());
    }

    /** Ends expired attempts, a batch at a time, until none is left (or a bound of rounds is reached). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void recoverExpired() {
        List<Task> expired;
        int rounds = 0;
        do {
            expired = store.leaseExpired(RECOVERY_BATCH);
            expired.forEach(this::recover);
        } while (expired.size() == RECOVERY_BATCH && ++rounds < MAX_RECOVERY_ROUNDS);
    }

    private void recover(Task task) {
        TaskStatus next = attempts.recordFailure(RunningAttempt.expired(task),
                new LeaseExpiredException(task.getNode(), task.getLeaseExpiresAt()));
        if (next == null) {
            return;
        }
        metrics.leasesRecovered(1);
        ExecutionLog.LOG.leaseExpired(task.getName(), task.getId(), task.getNode(), task.getAttempt(), next);
        if (next.isTerminal()) {
            signals.finished(task.getId());
        }
    }
}
