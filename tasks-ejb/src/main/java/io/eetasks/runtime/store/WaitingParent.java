package io.eetasks.runtime.store;

import io.eetasks.ChildFailurePolicy;

/**
 * A WAITING_FOR_CHILDREN parent as a finishing child sees it.
 *
 * @param pendingChildren how many children it still waits for, the finishing one included
 * @param policy          what it does when a child fails
 */
public record WaitingParent(int pendingChildren, ChildFailurePolicy policy) {
}
