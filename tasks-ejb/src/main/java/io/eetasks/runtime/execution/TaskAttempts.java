package io.eetasks.runtime.execution;

import io.eetasks.RetryPolicy;
import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.TaskCall;
import io.eetasks.bridge.TaskInvoker;
import io.eetasks.runtime.store.FailedAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

/**
 * The transactions of one attempt. The task method and the recording of its result share one
 * transaction, so the result is stored exactly when the method's own work commits; a failure is
 * recorded in a transaction of its own after that one rolled back.
 */
@ApplicationScoped
public class TaskAttempts {

    private static final Logger LOG = Logger.getLogger(TaskAttempts.class);
    private static final RandomGenerator RANDOM = RandomGenerator.getDefault();

    @Inject
    TaskStore store;

    @Transactional(REQUIRES_NEW)
    public boolean claim(UUID taskId, String node) {
        return store.claim(taskId, node);
    }

    @Transactional(REQUIRES_NEW)
    public void insert(Task task) {
        store.insert(task);
    }

    /** Runs the claimed task and records its result, in a new transaction. */
    @Transactional(value = REQUIRES_NEW, rollbackOn = Exception.class)
    public void run(Task task, TaskInvoker invoker) throws Exception {
        String result = invoker.invoke(new TaskCall(task.getId(), task.getName(), task.getPayload(), task.getAttempt()));
        if (!store.complete(task.getId(), result)) {
            throw new IllegalStateException("Task " + task.getId() + " was no longer RUNNING when its result"
                    + " was recorded; its work is rolled back");
        }
    }

    /**
     * Keeps the failed attempt in the task's history and, as its retry policy says, makes the task
     * wait for its next attempt or fails it.
     *
     * @return the task's new status, or {@code null} if it was no longer RUNNING
     */
    @Transactional(REQUIRES_NEW)
    public TaskStatus recordFailure(UUID taskId, Throwable failure) {
        TaskError error = Errors.of(failure);
        Task task = store.find(taskId);
        if (task == null || task.getStatus() != TaskStatus.RUNNING) {
            LOG.warnf("EETASKS0103: Task %s failed, but it was no longer RUNNING; the failure was not recorded:"
                    + " %s: %s", taskId, error.type(), error.message());
            return null;
        }
        store.insertAttempt(FailedAttempt.of(task, error));
        if (task.isCancelRequested()) {
            store.cancelStopped(taskId, error);
            return TaskStatus.CANCELLED;
        }
        RetryPolicy policy = task.retryPolicy();
        if (Backoff.retries(policy, task.attemptOfRun(), failure)) {
            Instant due = Instant.now().plus(Backoff.delayAfter(policy, task.attemptOfRun(), RANDOM));
            store.retryLater(taskId, error, due);
            LOG.debugf("Task %s (%s) failed attempt %d; next attempt at %s", task.getName(), taskId,
                    task.getAttempt(), due);
            return TaskStatus.RETRY_WAIT;
        }
        store.fail(taskId, error);
        return TaskStatus.FAILED;
    }

    @Transactional(REQUIRES_NEW)
    public void recordWaiting(UUID taskId, String reason) {
        store.markWaiting(taskId, reason);
    }
}
