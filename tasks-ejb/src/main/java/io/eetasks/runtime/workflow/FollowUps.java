package io.eetasks.runtime.workflow;

import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.execution.OutcomeFollowUps;
import io.eetasks.runtime.metrics.TaskMetrics;
import io.eetasks.runtime.store.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What follows a task's final outcome, in the transaction that records it: its callbacks are
 * submitted, the parent that waits for it counts it as finished (and is decided if it was the
 * last), and the outcome is counted. So all happen exactly when that outcome is stored. Execution
 * reaches it through {@link OutcomeFollowUps}, which it owns.
 */
@ApplicationScoped
public class FollowUps implements OutcomeFollowUps {

    @Inject
    Callbacks callbacks;

    @Inject
    FanIn fanIn;

    @Inject
    TaskMetrics metrics;

    /** {@code task} has just finished as {@code status}, with the given result or error. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterOutcome(Task task, TaskStatus status, String resultJson, TaskError error) {
        metrics.finished(task, status);
        callbacks.submitFor(task, status, resultJson, error);
        task.joinedParent().ifPresent(parentId -> fanIn.childFinished(parentId, task.getId(), status));
    }

    /** The parent's method returned after submitting children: {@link FanIn#parentReturned}. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public TaskStatus parentReturned(Task parent, String resultJson) {
        return fanIn.parentReturned(parent, resultJson);
    }
}
