package io.eetasks.runtime.workflow;

import io.eetasks.ChildFailurePolicy;
import io.eetasks.ChildTaskFailedException;
import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.execution.CompletionSignals;
import io.eetasks.runtime.store.ChildCounts;
import io.eetasks.runtime.store.RunningAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.store.WaitingParent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;

import static io.eetasks.TaskStatus.COMPLETED;
import static io.eetasks.TaskStatus.FAILED;
import static io.eetasks.TaskStatus.WAITING_FOR_CHILDREN;

/**
 * Decides a parent exactly once, when the children it waits for have finished (docs/fan-in.md).
 *
 * <p>The parent's row is the lock: the parent takes it when its method returns and counts its
 * unfinished children; every finishing child takes it, after recording its own outcome, and counts
 * itself off. Whichever comes second sees the other's committed work, so the last child always
 * knows it is the last, also when two finish at the same moment on two nodes.
 */
@ApplicationScoped
public class FanIn {

    private static final Logger LOG = Logger.getLogger(FanIn.class);

    @Inject
    TaskStore store;

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
        if (isDecided(children, parent.childFailurePolicy())) {
            return decide(parent.getId(), children);
        }
        store.setPendingChildren(parent.getId(), children.unfinished());
        return WAITING_FOR_CHILDREN;
    }

    /** A child that {@code parentId} waits for has just finished as {@code status}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void childFinished(UUID parentId, TaskStatus status) {
        store.lock(parentId);
        WaitingParent parent = store.waitingParent(parentId);
        if (parent == null) {
            return;
        }
        boolean failsParent = status != COMPLETED && parent.policy() == ChildFailurePolicy.FAIL_PARENT;
        if (parent.pendingChildren() > 1 && !failsParent) {
            store.setPendingChildren(parentId, parent.pendingChildren() - 1);
            return;
        }
        ChildCounts children = store.countChildren(parentId);
        if (!isDecided(children, parent.policy())) {
            LOG.warnf("EETASKS0701: Task %s counted %d unfinished children, but %d are; it waits for them",
                    parentId, parent.pendingChildren() - 1, children.unfinished());
            store.setPendingChildren(parentId, children.unfinished());
            return;
        }
        decide(parentId, children);
    }

    private static boolean isDecided(ChildCounts children, ChildFailurePolicy policy) {
        return children.unfinished() == 0 || (children.failed() > 0 && policy == ChildFailurePolicy.FAIL_PARENT);
    }

    private TaskStatus decide(UUID parentId, ChildCounts children) {
        Task parent = store.reload(parentId);
        TaskError error = children.failed() == 0 || parent.childFailurePolicy() == ChildFailurePolicy.IGNORE
                ? null : failureOf(parent, children);
        TaskStatus status = error == null ? COMPLETED : FAILED;
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
        String message = parent.childFailurePolicy() == ChildFailurePolicy.FAIL_PARENT
                ? "A child task failed, which fails the parent at once (FAIL_PARENT)" + which
                : children.failed() + " of " + children.total() + " child tasks failed" + which;
        return new TaskError(ChildTaskFailedException.class.getName(), message,
                cause == null ? null : cause.stackTrace());
    }
}
