package io.eetasks.runtime.facade;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.awaiting.CompletionSignals;
import io.eetasks.runtime.dispatch.TaskDispatcher;
import io.eetasks.runtime.limits.Permits;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.workflow.FollowUps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * What users and operators do to a task from outside: cancel it, run it again. Each change is one
 * conditional update, so a cancel racing with a claim, a retry timer or a completion has one winner.
 */
@ApplicationScoped
public class TaskControl {

    @Inject
    TaskStore store;

    @Inject
    CompletionSignals signals;

    @Inject
    TaskDispatcher dispatcher;

    @Inject
    FollowUps followUps;

    @Inject
    Permits permits;

    @Inject
    DatabaseClock clock;

    /**
     * Cancels a waiting task, or asks a running one to stop; {@code null} if there is no such task.
     * Its children are cancelled afterwards, each in a transaction of its own (see
     * Cancellation#cancel), so a child finishing meanwhile never waits for this one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TaskStatus cancel(UUID taskId) {
        if (store.cancelWaiting(taskId)) {
            permits.cancelled(taskId, clock.now());
            followUps.afterOutcome(store.find(taskId), TaskStatus.CANCELLED, null, null);
            signals.finishesOnCommit(taskId);
            return TaskStatus.CANCELLED;
        }
        if (store.requestStop(taskId)) {
            return TaskStatus.RUNNING;
        }
        Task task = store.find(taskId);
        return task == null ? null : task.getStatus();
    }

    /** Sends a SCHEDULED or RETRY_WAIT task now instead of at its due time; false if it is neither. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runNow(UUID taskId) {
        return sentAfterCommitIf(store.release(taskId), taskId);
    }

    /** Deletes a finished task with its history; false if it has not finished (or does not exist). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delete(UUID taskId) {
        return store.deleteFinished(List.of(taskId)) == 1;
    }

    /** Puts a FAILED or CANCELLED task back to PENDING and sends it after commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean rerun(UUID taskId) {
        return sentAfterCommitIf(store.rerun(taskId), taskId);
    }

    /** If this transaction has made the task PENDING, sends it once it commits; returns whether it has. */
    private boolean sentAfterCommitIf(boolean madePending, UUID taskId) {
        if (madePending) {
            dispatcher.dispatchAfterCommit(QueuedTask.of(store.find(taskId)));
        }
        return madePending;
    }
}
