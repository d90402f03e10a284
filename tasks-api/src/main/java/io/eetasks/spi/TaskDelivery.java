package io.eetasks.spi;

import java.util.List;
import java.util.UUID;

/**
 * Where a transport's consumers hand the task ids they receive: the runtime. Inject it.
 */
public interface TaskDelivery {

    /**
     * Runs the tasks in the calling thread, one after the other, and returns when they have finished
     * (acknowledge their messages then); a task that does not exist, has run, runs elsewhere or cannot
     * run on this node yet is passed over. Several ids at once (the messages a consumer has at hand)
     * are claimed in one transaction. Never throws for a task's own failure; when it throws (the
     * database is away), give the messages back to the broker.
     */
    void deliver(String queue, List<UUID> taskIds);
}
