package io.eetasks.runtime.submission;

import io.eetasks.TaskStatus;
import io.eetasks.bridge.Submission;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.dispatch.TaskDispatcher;
import io.eetasks.runtime.metrics.TaskMetrics;
import io.eetasks.runtime.tracing.TaskTracing;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records a submitted task in the caller's transaction (or a new one) and dispatches it once that
 * transaction has committed. If it rolls back, the task never existed and nothing is sent.
 */
@ApplicationScoped
public class TaskSubmissions {

    @Inject
    ApplicationInvokers invokers;

    @Inject
    TaskStore store;

    @Inject
    TaskDispatcher dispatcher;

    @Inject
    TasksConfig config;

    @Inject
    TaskMetrics metrics;

    @Inject
    TaskTracing tracing;

    /**
     * Records the task; it is sent after commit, or waits SCHEDULED if it is due later. Submitted
     * while a task runs on this thread, it becomes a child that task waits for.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID enqueue(Submission submission) {
        Task task = newTask(submission, TaskStatus.PENDING);
        Task parent = ExecutionScope.currentTask();
        if (parent != null) {
            task.joinedTo(parent);
            ExecutionScope.childSubmitted();
        }
        if (submission.runAt() != null) {
            if (submission.runAt().isAfter(Instant.now())) {
                store.insert(task.scheduledFor(submission.runAt()));
                metrics.submitted(task);
                return task.getId();
            }
            task.wasDueAt(submission.runAt());
        }
        return enqueue(task);
    }

    /** A new task for the submission, in the given first status, with its retry policy or the default. */
    public Task newTask(Submission submission, TaskStatus status) {
        Task task = Task.of(submission, status, config.retryPolicyOr(submission.retry()));
        return task.tracedAs(tracing.submitted(task));
    }

    /**
     * The submission a plain call of the named task with these arguments makes: as its method
     * declares if its application is deployed on this node, else with the defaults.
     */
    public Submission plainCall(String application, String name, String payloadJson) {
        return invokers.of(application).map(invoker -> invoker.declaredCall(name, payloadJson))
                .orElseGet(() -> Submission.withDefaults(application, name, payloadJson));
    }

    /** Records a new PENDING task the runtime made itself (a callback); it is sent after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Task task) {
        if (task.getTraceParent() == null) {
            task.tracedAs(tracing.submitted(task));
        }
        store.insert(task);
        metrics.submitted(task);
        QueuedTask queued = QueuedTask.of(task);
        dispatcher.dispatchAfterCommit(queued);
        return queued.id();
    }
}
