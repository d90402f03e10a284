package io.eetasks.runtime.facade;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Cancels a task and then its unfinished descendants, each in a transaction of its own
 * ({@link TaskControl#cancel}), so a child finishing meanwhile never waits for its parent's cancel.
 */
@ApplicationScoped
public class Cancellation {

    @Inject
    TaskControl control;

    @Inject
    TaskStore store;

    /** The task's status after the cancel (CANCELLED, RUNNING if asked to stop), {@code null} if there is none. */
    public TaskStatus cancel(UUID taskId) {
        TaskStatus status = control.cancel(taskId);
        if (status == TaskStatus.CANCELLED || status == TaskStatus.RUNNING) {
            Deque<UUID> below = new ArrayDeque<>(store.unfinishedChildren(taskId));
            while (!below.isEmpty()) {
                UUID child = below.poll();
                control.cancel(child);
                below.addAll(store.unfinishedChildren(child));
            }
        }
        return status;
    }
}
