package io.eetasks.runtime.cleanup;

import io.eetasks.TaskStatus;
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
 * Deletes finished tasks whose retention has passed, one bounded batch per transaction. The delete
 * itself names the finished statuses again, so a task that is re-run meanwhile stays.
 */
@ApplicationScoped
public class FinishedTaskPurge {

    @Inject
    TaskStore store;

    /** Deletes up to {@code limit} tasks in one of {@code statuses} finished before now minus {@code retention}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeBatch(Set<TaskStatus> statuses, Duration retention, int limit) {
        List<UUID> expired = store.finishedBefore(statuses, Instant.now().minus(retention), limit);
        return expired.isEmpty() ? 0 : store.deleteFinished(expired);
    }
}
