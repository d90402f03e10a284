package io.eetasks.runtime.scheduling;

import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves SCHEDULED and RETRY_WAIT tasks whose time has come (by the database's clock) to PENDING.
 * Each move is a conditional update, so when several nodes look at once each task is released by
 * exactly one of them, and only that one sends its message.
 */
@ApplicationScoped
public class DueTasks {

    @Inject
    TaskStore store;

    /** Releases up to {@code limit} due tasks in one transaction; returns those this node released. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<QueuedTask> release(int limit) {
        List<QueuedTask> released = new ArrayList<>();
        for (QueuedTask task : store.due(limit)) {
            if (store.release(task.id())) {
                released.add(task);
            }
        }
        return released;
    }

    /** When the next SCHEDULED or RETRY_WAIT task is due (by the database's clock), or {@code null}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Instant nextDue() {
        return store.nextDue();
    }
}
