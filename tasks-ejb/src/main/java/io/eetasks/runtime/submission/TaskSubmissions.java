package io.eetasks.runtime.submission;

import io.eetasks.TaskStatus;
import io.eetasks.bridge.Submission;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.messaging.TaskDispatcher;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Records a submitted task in the caller's transaction (or a new one) and dispatches it once that
 * transaction has committed. If it rolls back, the task never existed and nothing is sent.
 */
@ApplicationScoped
public class TaskSubmissions {

    @Inject
    TaskStore store;

    @Inject
    TaskDispatcher dispatcher;

    @Inject
    TasksConfig config;

    @Inject
    Transactions transactions;

    /** Records the task; it is sent after commit, or waits SCHEDULED if it is due later. */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID enqueue(Submission submission) {
        Task task = Task.create(submission.application(), submission.name(), submission.payloadJson(),
                TaskStatus.PENDING).retriedBy(config.retryPolicyOr(submission.retry())).limitedTo(submission.timeout())
                .withCallbacks(submission.callbacks());
        if (submission.runAt() != null && submission.runAt().isAfter(Instant.now())) {
            store.insert(task.scheduledFor(submission.runAt()));
            return task.getId();
        }
        store.insert(task);
        UUID taskId = task.getId();
        transactions.afterCommit(() -> dispatcher.dispatch(taskId));
        return taskId;
    }
}
