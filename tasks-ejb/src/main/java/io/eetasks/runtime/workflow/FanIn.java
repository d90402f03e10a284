package io.eetasks.runtime.workflow;

import io.eetasks.ChildTaskFailedException;
import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.awaiting.CompletionSignals;
import io.eetasks.runtime.store.ChildCounts;
import io.eetasks.runtime.store.ChildStripes;
import io.eetasks.runtime.store.ParentState;
import io.eetasks.runtime.store.RunningAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

import static io.eetasks.TaskStatus.FAILED;
import static io.eetasks.TaskStatus.WAITING_FOR_CHILDREN;

/**
 * Decides a parent exactly once, when the children it waits for have finished (docs/fan-in.md).
 *
 * <p>When the parent's method returns, it takes its own row's lock, counts its unfinished children
 * and spreads their count over stripes ({@link ChildStripes}); its row then counts the stripes that
 * are not empty. A finishing child, after recording its own outcome, counts itself off its stripe;
 * only the child that empties a stripe takes the parent's row lock and counts the stripe off, and
 * the one that counts off the last stripe decides the parent. A child that finishes while the
 * parent still runs takes the parent's lock first: whichever of the two comes second sees the
 * other's committed work, so every child is counted exactly once, also on two nodes at once.
 */
@ApplicationScoped
public class FanIn {

    @Inject
    TaskStore store;

    @Inject
    ChildStripes stripes;

    @Inject
    FollowUps followUps;

    @Inject
    CompletionSignals signals;

    /**
     * The method of {@code parent}, which submitted children, returned {@code resultJson}: it waits
     * for them, or is decided at once if none is left to wait for.
     *
     * @return the parent's status now, or {@code null} if the attempt was no longer the task's
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TaskStatus parentReturned(Task parent, String resultJson) {
        if (!store.waitForChildren(RunningAttempt.of(parent), resultJson)) {
            return null;
        }
        ChildCounts children = store.countChildren(parent.getId());
        if (FanInDecision.isDecided(children, parent.childFailurePolicy())) {
            return decide(parent.getId(), children);
        }
        waitFor(parent.getId());
        return WAITING_FOR_CHILDREN;
    }

    /** Under the parent's row lock: it waits for its unfinished children, counted in stripes. */
    private void waitFor(UUID parentId) {
        store.setPendingChildren(parentId, stripes.start(parentId, store.unfinishedChildren(parentId)));
    }

    /** Child {@code childId}, which {@code parentId} waits for, has just finished as {@code status}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childFinished(UUID parentId, UUID childId, TaskStatus status) {
        ParentState seen = store.parentState(parentId);
        if (seen == null || seen.status().isTerminal()) {
            return;
        }
        boolean failsParent = FanInDecision.failsParentAtOnce(status, seen.policy());
        // waiting since before this child's outcome commits, the parent counted it in its stripe
        boolean countedOff = seen.waiting() && !failsParent;
        if (countedOff && !stripes.countOff(parentId, childId)) {
            return;
        }
        store.lock(parentId);
        ParentState parent = store.parentState(parentId);
        if (parent == null || !parent.waiting()) {
            return;
        }
        if (!failsParent) {
            if (!countedOff && !stripes.countOff(parentId, childId)) {
                return;
            }
            if (parent.pendingChildren() > 1) {
                store.setPendingChildren(parentId, parent.pendingChildren() - 1);
                return;
            }
        }
        ChildCounts children = store.countChildren(parentId);
        if (!FanInDecision.isDecided(children, parent.policy())) {
            WorkflowLog.LOG.stripesEmpty(parentId, children.unfinished());
            waitFor(parentId);
            return;
        }
        decide(parentId, children);
    }

    private TaskStatus decide(UUID parentId, ChildCounts children) {
        Task parent = store.reload(parentId);
        TaskStatus status = FanInDecision.outcome(children, parent.childFailurePolicy());
        TaskError error = status == FAILED ? failureOf(parent, children) : null;
        if (!store.decide(parentId, status, error)) {
            return parent.getStatus();
        }
        followUps.afterOutcome(parent, status, parent.getResult(), error);
        signals.finishesOnCommit(parentId);
        return status;
    }

    private TaskError failureOf(Task parent, ChildCounts children) {
        UUID firstId = store.firstFailedChild(parent.getId());
        Task first = firstId == null ? null : store.reload(firstId);
        TaskError cause = first == null ? null : first.toInfo().error();
        String which = first == null ? "" : "; the first: " + first.getName() + " (" + first.getId() + ") "
                + first.getStatus() + (cause == null ? "" : ": " + cause.type() + ": " + cause.message());
        String message = FanInDecision.failureSummary(children, parent.childFailurePolicy()) + which;
        return new TaskError(ChildTaskFailedException.class.getName(), message,
                cause == null ? null : cause.stackTrace());
    }
}
