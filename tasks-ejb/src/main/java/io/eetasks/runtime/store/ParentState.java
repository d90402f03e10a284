package io.eetasks.runtime.store;

import io.eetasks.ChildFailurePolicy;
import io.eetasks.TaskStatus;

/**
 * A parent as a finishing child sees it.
 *
 * @param status          its status
 * @param pendingChildren while it is WAITING_FOR_CHILDREN, how many of its stripes are not empty ({@link ChildStripes})
 * @param policy          what it does when a child fails
 */
public record ParentState(TaskStatus status, int pendingChildren, ChildFailurePolicy policy) {

    public boolean waiting() {
        return status == TaskStatus.WAITING_FOR_CHILDREN;
    }
}
