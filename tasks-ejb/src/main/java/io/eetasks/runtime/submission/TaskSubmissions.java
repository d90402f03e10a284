package io.eetasks.runtime.submission;

import io.eetasks.TaskStatus;
import io.eetasks.bridge.Submission;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.execution.ExecutionScope;
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

    /**
     * Records the task; it is sent after commit, or waits SCHEDULED if it is due later. Submitted
     * while a task runs on this thread, it becomes a child that task waits for.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID enqueue(Submission submission) {
        Task task = Task.of(submission, TaskStatus.PENDING,
                config.retryPolicyFor(submission.application(), submission.name(), submission.retry()));
        Task parent = ExecutionScope.currentTask();
        if (parent != null) {
            task.joinedTo(parent);
            ExecutionScope.childSubmitted();
        }
        if (submission.runAt() != null && submission.runAt().isAfter(Instant.now())) {
            store.insert(task.scheduledFor(submission.runAt()));
            return task.getId();
        }
        return enqueue(task);
    }

    /** Records a new PENDING task the runtime made itself (a callback); it is sent after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Task task) {
        store.insert(task);
        UUID taskId = task.getId();
        transactions.afterCommit(() -> dispatcher.dispatch(taskId));
        return taskId;
    }
}
