package io.eetasks.spi;

import java.util.UUID;

/**
 * Where a transport's consumers hand the task ids they receive: the runtime. Inject it.
 */
public interface TaskDelivery {

    /**
     * Runs the task in the calling thread and returns when it has finished (acknowledge the message
     * then), or returns at once when the task does not exist, has run, runs elsewhere or cannot run
     * on this node yet. Never throws for a task's own failure.
     */
    void deliver(String queue, UUID taskId);
}
