package io.eetasks;

/**
 * What a parent task does when one of its children ends FAILED or CANCELLED. A parent is a task
 * that submitted tasks while it ran; when its method returns before they all finished, it waits
 * as {@link TaskStatus#WAITING_FOR_CHILDREN} and is decided once, by this policy.
 */
public enum ChildFailurePolicy {

    /** The parent fails as soon as one child fails; the other children go on, but no longer count. */
    FAIL_PARENT,

    /** The other children go on; once the last one has finished, the parent fails if any child failed. */
    CONTINUE,

    /** The parent completes with its own result, whatever its children did. */
    IGNORE
}
