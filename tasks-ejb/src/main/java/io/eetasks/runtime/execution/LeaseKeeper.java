package io.eetasks.runtime.execution;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.RunningAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Renews the leases of the attempts this node runs, and ends attempts whose lease expired (their
 * node died or hung): one conditional update per attempt, so only one node ends it, and the task is
 * then retried or failed by its retry policy. The stale node can no longer record an outcome.
 */
@ApplicationScoped
public class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
    private static final int RECOVERY_BATCH = 100;

    @Inject
    TaskStore store;

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

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void recoverExpired() {
        for (Task task : store.leaseExpired(RECOVERY_BATCH)) {
            TaskStatus next = attempts.recordFailure(RunningAttempt.expired(task),
                    new LeaseExpiredException(task.getNode(), task.getLeaseExpiresAt()));
            if (next == null) {
                continue;
            }
            LOG.warnf("EETASKS0501: Task %s (%s) was RUNNING on node %s past its lease; attempt %d ended and the"
                    + " task is now %s", task.getName(), task.getId(), task.getNode(), task.getAttempt(), next);
            if (next.isTerminal()) {
                signals.finished(task.getId());
            }
        }
    }
}
