package io.eetasks.runtime.workflow;

import io.eetasks.ChildFailurePolicy;
import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.ChildCounts;

import static io.eetasks.TaskStatus.COMPLETED;
import static io.eetasks.TaskStatus.FAILED;

/** When and how its children decide a parent, kept out of {@link FanIn}'s locking so it can be tested alone. */
final class FanInDecision {

    private FanInDecision() {
    }

    /** Whether a child that finished as {@code childStatus} decides its parent without waiting for the others. */
    static boolean failsParentAtOnce(TaskStatus childStatus, ChildFailurePolicy policy) {
        return childStatus != COMPLETED && policy == ChildFailurePolicy.FAIL_PARENT;
    }

    /** Whether the parent can be decided with its children counted so. */
    static boolean isDecided(ChildCounts children, ChildFailurePolicy policy) {
        return children.unfinished() == 0 || (children.failed() > 0 && policy == ChildFailurePolicy.FAIL_PARENT);
    }

    /** The status a decided parent ends with. */
    static TaskStatus outcome(ChildCounts children, ChildFailurePolicy policy) {
        return children.failed() == 0 || policy == ChildFailurePolicy.IGNORE ? COMPLETED : FAILED;
    }

    /** The error message of a parent its children failed, before it names the first failed child. */
    static String failureSummary(ChildCounts children, ChildFailurePolicy policy) {
        return policy == ChildFailurePolicy.FAIL_PARENT
                ? "A child task failed, which fails the parent at once (FAIL_PARENT)"
                : children.failed() + " of " + children.total() + " child tasks failed";
    }
}
