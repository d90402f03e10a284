package io.eetasks.runtime.dispatch;

import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.transaction.Transactions;
import io.eetasks.spi.TaskTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Sends a committed task on its way through the transport, to its queue (docs/transport.md). */
@ApplicationScoped
public class TaskDispatcher {

    @Inject
    TaskTransport transport;

    @Inject
    TaskStore store;

    @Inject
    Transactions transactions;

    /** Returns false when the transport could not take it now; the task is sent again later. */
    public boolean dispatch(QueuedTask task) {
        return transport.send(task.queue(), task.id(), task.priority());
    }

    /** Whether the transport can reach the broker now (docs/broker-outage.md). */
    public boolean reachable() {
        return transport.reachable();
    }

    /** Sends a task whose queue the caller does not have at hand; false if there is no such task. */
    public boolean dispatch(UUID taskId) {
        Task task = store.find(taskId);
        return task != null && dispatch(QueuedTask.of(task));
    }

    /** Sends the task once the current transaction has committed; a rollback sends nothing. */
    public void dispatchAfterCommit(QueuedTask task) {
        transactions.afterCommit(() -> dispatch(task));
    }
}
