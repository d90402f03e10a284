package io.eetasks.runtime.execution;

import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.Task;

/**
 * What follows the outcome of an attempt, in the transaction that records it (callbacks, the parent
 * that waits for the task, children the task waits for). Execution calls it; the workflow implements
 * it ({@code io.eetasks.runtime.workflow.FollowUps}), so execution does not depend on the workflow.
 * Both methods must be called inside the attempt's transaction (the implementation declares
 * {@code @Transactional(MANDATORY)}).
 */
public interface OutcomeFollowUps {

    /** {@code task} has just finished as {@code status}, with the given result or error. */
    void afterOutcome(Task task, TaskStatus status, String resultJson, TaskError error);

    /**
     * The method of {@code parent}, which submitted children, returned {@code resultJson}: it waits
     * for them, or is decided at once if none is left to wait for.
     *
     * @return the parent's status now, or {@code null} if the attempt was no longer the task's
     */
    TaskStatus parentReturned(Task parent, String resultJson);
}
