package io.eetasks.runtime.dispatch;

import io.eetasks.runtime.store.OverdueTask;
import io.eetasks.runtime.store.PendingTask;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.ResendSpacing;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
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
     * Tasks not waiting for their application whose message has counted as sent (or that have not
     * changed) for {@code after}, longest first; those a consumer holds at this moment are being
     * claimed, so they are left out. The next re-send of each is spaced by {@link ResendSpacing}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedTask> overdue(Instant now, Duration after, int limit) {
        List<OverdueTask> candidates = store.unsentSince(now.minus(after), limit);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<UUID> free = store.lockUnheldPending(candidates.stream().map(OverdueTask::id).toList());
        List<OverdueTask> tasks = candidates.stream().filter(task -> free.contains(task.id())).toList();
        store.markSentAgain(tasks, now, after);
        return tasks.stream().map(OverdueTask::queued).toList();
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
