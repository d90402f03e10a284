package io.eetasks.runtime.execution;

import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.TaskCall;
import io.eetasks.bridge.TaskInvoker;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.limits.Permits;
import io.eetasks.runtime.metrics.TaskMetrics;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.store.FailedAttempt;
import io.eetasks.runtime.store.RunningAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.submission.ExecutionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.random.RandomGenerator;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

/**
 * The transactions of one attempt. The task method and the recording of its result share one
 * transaction, so the result is stored exactly when the method's own work commits; a failure is
 * recorded in a transaction of its own after that one rolled back.
 */
@ApplicationScoped
public class TaskAttempts {

    private static final RandomGenerator RANDOM = RandomGenerator.getDefault();

    @Inject
    TaskStore store;

    @Inject
    OutcomeFollowUps followUps;

    @Inject
    TasksConfig config;

    @Inject
    TaskMetrics metrics;

    @Inject
    Permits permits;

    @Inject
    DatabaseClock clock;

    /**
     * Reads dispatched tasks and claims for {@code node}, in one transaction, those that are PENDING
     * and that {@code runnable} accepts.
     *
     * @return one claim per distinct id, in the order of {@code taskIds}
     */
    @Transactional(REQUIRES_NEW)
    public List<Claim> claim(List<UUID> taskIds, Predicate<Task> runnable, String node, Instant leaseUntil) {
        Map<UUID, Task> found = store.load(taskIds).stream().collect(Collectors.toMap(Task::getId, task -> task));
        List<Task> claimable = found.values().stream()
                .filter(task -> task.getStatus() == TaskStatus.PENDING && runnable.test(task))
                .toList();
        Instant now = clock.now();
        // A limited task starts only with a permit of its limit; without, it waits in the limit's line.
        List<Task> limited = claimable.stream().filter(task -> task.getLimitName() != null).toList();
        Map<UUID, Instant> permitted = limited.isEmpty() ? Map.of() : permits.take(limited, now);
        List<UUID> starting = claimable.stream()
                .filter(task -> task.getLimitName() == null || permitted.containsKey(task.getId()))
                .map(Task::getId)
                .toList();
        Set<UUID> claimed = starting.isEmpty() ? Set.of()
                : store.claim(starting, node, leaseUntil, id -> permitted.getOrDefault(id, now));
        if (!limited.isEmpty()) {
            permits.started(limited.stream().filter(task -> claimed.contains(task.getId())).toList(), permitted);
        }
        return taskIds.stream().distinct().map(id -> new Claim(id, found.get(id), claimed.contains(id))).toList();
    }

    /** A task as a consumer read it ({@code null} if it does not exist), and whether it claimed it. */
    public record Claim(UUID id, Task task, boolean claimed) {
    }

    @Transactional(REQUIRES_NEW)
    public void insert(Task task) {
        store.insert(task);
        metrics.submitted(task);
    }

    /**
     * Runs the claimed task and records its result, in a new transaction. A task that submitted
     * children waits for them, unless they have all finished already.
     *
     * @return the task's new status: COMPLETED, or WAITING_FOR_CHILDREN or FAILED for a parent
     */
    @Transactional(value = REQUIRES_NEW, rollbackOn = Exception.class)
    public TaskStatus run(Task task, TaskInvoker invoker) throws Exception {
        ExecutionScope scope = ExecutionScope.enter(task);
        String result;
        try {
            result = invoker.invoke(new TaskCall(task.getId(), task.getName(), task.getPayload(), task.getAttempt(),
                    task.timeout().orElse(config.resultWait()), task.getIdempotencyKey()));
        } finally {
            scope.leave();
        }
        if (scope.submittedChildren()) {
            TaskStatus status = followUps.parentReturned(task, result);
            if (status == null) {
                throw attemptLost(task);
            }
            permits.release(task, clock.now());
            return status;
        }
        if (!store.complete(RunningAttempt.of(task), result)) {
            throw attemptLost(task);
        }
        permits.release(task, clock.now());
        followUps.afterOutcome(task, TaskStatus.COMPLETED, result, null);
        return TaskStatus.COMPLETED;
    }

    private static IllegalStateException attemptLost(Task task) {
        return new IllegalStateException("Attempt " + task.getAttempt() + " of task " + task.getName() + " ("
                + task.getId() + ") is no longer the task's running attempt on " + task.getNode()
                + " (its lease expired and another node took it over); its work is rolled back");
    }

    /**
     * Ends a failed attempt as the task's retry policy says (RETRY_WAIT or FAILED, or CANCELLED if it
     * was asked to stop), and keeps it in the task's history.
     *
     * @return the task's new status, or {@code null} if the attempt had already ended
     */
    @Transactional(REQUIRES_NEW)
    public TaskStatus recordFailure(RunningAttempt attempt, Throwable failure) {
        TaskError error = Errors.of(failure);
        Task task = store.find(attempt.taskId());
        TaskStatus next = task == null ? null : nextStatus(task, failure);
        // Made before the attempt ends, so it does not finish after the task does.
        FailedAttempt failed = task == null ? null : FailedAttempt.of(task, error);
        boolean ended = next != null && switch (next) {
            case CANCELLED -> store.cancelStopped(attempt, error);
            case RETRY_WAIT -> store.retryLater(attempt, error, Instant.now()
                    .plus(Backoff.delayAfter(task.retryPolicy(), task.attemptOfRun(), RANDOM)));
            default -> store.fail(attempt, error);
        };
        if (!ended) {
            ExecutionLog.LOG.failureAfterEnd(attempt.attempt(), attempt.taskId(), error.type(), error.message());
            return null;
        }
        store.insertAttempt(failed);
        permits.release(task, clock.now());
        if (next == TaskStatus.RETRY_WAIT) {
            metrics.retried(task);
        }
        if (next.isTerminal()) {
            followUps.afterOutcome(task, next, null, error);
        }
        return next;
    }

    private static TaskStatus nextStatus(Task task, Throwable failure) {
        if (task.isCancelRequested()) {
            return TaskStatus.CANCELLED;
        }
        return Backoff.retries(task.retryPolicy(), task.attemptOfRun(), failure)
                ? TaskStatus.RETRY_WAIT : TaskStatus.FAILED;
    }

    @Transactional(REQUIRES_NEW)
    public void recordWaiting(UUID taskId, String reason) {
        store.markWaiting(taskId, reason);
    }
}
