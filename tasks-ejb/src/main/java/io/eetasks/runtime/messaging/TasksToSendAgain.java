package io.eetasks.runtime.messaging;

import io.eetasks.runtime.store.PendingTask;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Picks the PENDING tasks whose message is to be sent again, and records in the same transaction that
 * it is: a task sent again goes to the back of the line, and is no longer counted as waiting for its
 * application (a consumer reports it again if it still is). See docs/redispatch.md.
 */
@ApplicationScoped
public class TasksToSendAgain {

    @Inject
    TaskStore store;

    /**
     * Tasks not waiting for their application and not sent (or changed) since {@code cutoff}, longest
     * first; those a consumer holds at this moment are being claimed, so they are left out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedTask> overdue(Instant cutoff, int limit) {
        List<QueuedTask> candidates = store.unsentSince(cutoff, limit);
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<UUID> free = store.lockUnheldPending(candidates.stream().map(QueuedTask::id).toList());
        List<QueuedTask> tasks = candidates.stream().filter(task -> free.contains(task.id())).toList();
        if (!tasks.isEmpty()) {
            store.markSentAgain(tasks.stream().map(QueuedTask::id).toList(), Instant.now());
        }
        return tasks;
    }

    /** The next page, after {@code after}, of the tasks of {@code application} reported waiting for it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<PendingTask> waitingFor(String application, PendingTask after, int limit) {
        List<PendingTask> tasks = store.waitingOf(application, after, limit);
        if (!tasks.isEmpty()) {
            store.markSentAgain(tasks.stream().map(PendingTask::id).toList(), Instant.now());
        }
        return tasks;
    }
}
