package io.eetasks.runtime.execution;

import io.eetasks.TaskInfo;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.Submission;
import io.eetasks.bridge.TaskInvoker;
import io.eetasks.runtime.submission.ApplicationInvokers;
import io.eetasks.runtime.awaiting.CompletionSignals;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.metrics.TaskMetrics;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.submission.ExecutionScope;
import io.eetasks.runtime.tracing.TaskTracing;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.submission.TaskSubmissions;
import io.eetasks.runtime.store.RunningAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.spi.TaskDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs tasks: claims a dispatched task and runs it in its application, or runs a task at once in
 * its caller's thread (executeNow). Records the outcome and wakes waiters.
 */
@ApplicationScoped
public class TaskExecutor implements TaskDelivery {

    private static final Logger LOG = Logger.getLogger(TaskExecutor.class);

    /** How long a task awaiting another waits before it looks again whether it can run it. */
    private static final Duration HELPING_WAIT = Duration.ofMillis(200);

    /** The MDC keys of the task a thread runs. */
    public static final String MDC_TASK_ID = "eetasks.taskId";
    public static final String MDC_TASK_NAME = "eetasks.taskName";

    private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

    @Inject
    ApplicationInvokers invokers;

    @Inject
    TaskStore store;

    @Inject
    TaskAttempts attempts;

    @Inject
    TaskSubmissions submissions;

    @Inject
    CompletionSignals signals;

    @Inject
    TasksConfig config;

    @Inject
    RunningTasks running;

    @Inject
    DatabaseClock clock;

    @Inject
    TimeLimits timeLimits;

    @Inject
    TaskQueues queues;

    @Inject
    TaskMetrics metrics;

    @Inject
    TaskTracing tracing;

    /**
     * Runs dispatched tasks, one after the other, claimed together in one transaction: those that have
     * not run, are not running, and whose application is here. Their leases are kept from the claim on.
     */
    @Override
    public void deliver(String queue, List<UUID> taskIds) {
        List<TaskAttempts.Claim> claims = attempts.claim(taskIds, this::canRun, config.node(),
                clock.now().plus(config.leaseDuration()));
        claims.stream().filter(TaskAttempts.Claim::claimed).forEach(claim -> running.add(claim.id()));
        try {
            claims.forEach(this::start);
        } finally {
            claims.forEach(claim -> running.remove(claim.id()));
        }
    }

    /** Runs a dispatched task, unless it already ran, is running, or its application is missing. */
    public void execute(UUID taskId) {
        deliver(null, List.of(taskId));
    }

    private void start(TaskAttempts.Claim claim) {
        Task task = claim.task();
        if (task == null) {
            ExecutionLog.LOG.noSuchTask(claim.id());
        } else if (claim.claimed()) {
            task.claimedBy(config.node());
            metrics.started(task);
            invokers.of(task.getApplication()).ifPresentOrElse(invoker -> runClaimed(task, invoker),
                    () -> attempts.recordFailure(RunningAttempt.of(task), new IllegalStateException("Application "
                            + task.getApplication() + " was undeployed as task " + task.getName() + " started")));
        } else if (task.getStatus() != TaskStatus.PENDING) {
            LOG.debugf("Task %s is %s; duplicate message ignored", task.getId(), task.getStatus());
        } else if (canRun(task)) {
            LOG.debugf("Task %s was claimed by another consumer, or cancelled", task.getId());
        } else {
            reportMissing(task);
        }
    }

    /**
     * Records the submission as a running task and runs it at once in this thread. Both happen in
     * transactions of their own, as for a dispatched task, so the record exists exactly when the
     * work was done, whatever becomes of the caller's transaction (docs/execute-now.md).
     */
    public UUID executeNow(Submission submission) {
        TaskInvoker invoker = invokers.of(submission.application())
                .orElseThrow(() -> new IllegalStateException("Application " + submission.application()
                        + " is not registered with EE Tasks, so its task " + submission.name()
                        + " cannot run now"));
        Task task = submissions.newTask(submission, TaskStatus.RUNNING)
                .startedOn(config.node(), clock.now().plus(config.leaseDuration()));
        Task parent = ExecutionScope.currentTask();
        if (parent != null) {
            task.childOf(parent);
        }
        attempts.insert(task);
        metrics.started(task);
        runClaimed(task, invoker);
        return task.getId();
    }

    /**
     * Waits for a task from inside a running task. While the awaited task waits for a consumer, this
     * thread runs it: so tasks that await tasks can never hold every consumer while what they await
     * stays queued behind them.
     */
    public TaskInfo awaitHelping(UUID taskId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Task task = store.find(taskId);
            if (task == null || task.getStatus().isTerminal()) {
                return task == null ? null : task.toInfo();
            }
            if (task.getStatus() == TaskStatus.PENDING && queues.serves(task.getQueue())) {
                execute(taskId);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return store.find(taskId).toInfo();
            }
            signals.await(taskId, Duration.ofNanos(Math.min(left, HELPING_WAIT.toNanos())));
        }
    }

    /** Lets the next problem of this application be reported again. */
    public void forgetMissing(String application) {
        reportedMissing.removeIf(key -> key.startsWith(application + "/"));
    }

    /**
     * Runs a claimed attempt and records its outcome. Every line logged meanwhile on this thread, the
     * task's own included, carries the task's id and name in the MDC ({@value #MDC_TASK_ID},
     * {@value #MDC_TASK_NAME}), so one task can be followed across nodes (docs/guide/operations.md); and the
     * attempt's span is current, in the trace of the task's submission (docs/tracing.md).
     */
    private void runClaimed(Task task, TaskInvoker invoker) {
        running.add(task.getId());
        Object outerId = MDC.put(MDC_TASK_ID, task.getId().toString());
        Object outerName = MDC.put(MDC_TASK_NAME, task.getName());
        TaskTracing.Run span = tracing.started(task);
        TaskStatus outcome = null;
        Throwable reason = null;
        long started = System.nanoTime();
        try {
            outcome = timeLimits.run(task.timeout(), () -> attempts.run(task, invoker));
            if (outcome == TaskStatus.WAITING_FOR_CHILDREN) {
                return;
            }
        } catch (Exception | LinkageError | AssertionError failure) {
            reason = timeLimits.explain(task.timeout(), started, failure);
            LOG.debugf(reason, "Task %s (%s) failed", task.getName(), task.getId());
            outcome = attempts.recordFailure(RunningAttempt.of(task), reason);
            if (outcome == TaskStatus.RETRY_WAIT) {
                return;
            }
        } finally {
            running.remove(task.getId());
            metrics.ran(task, System.nanoTime() - started);
            span.ended(outcome, reason);
            restore(MDC_TASK_ID, outerId);
            restore(MDC_TASK_NAME, outerName);
        }
        signals.finished(task.getId());
    }

    /** Puts back what the MDC held before a task ran: a task that runs another (awaiting it) nests. */
    private static void restore(String key, Object outer) {
        if (outer == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, outer);
        }
    }

    /** Whether this node has the task's application, and the application the task. */
    private boolean canRun(Task task) {
        return invokers.of(task.getApplication())
                .filter(invoker -> invoker.taskNames().contains(task.getName()))
                .isPresent();
    }

    private void reportMissing(Task task) {
        String reason = invokers.of(task.getApplication()).isEmpty()
                ? "Application " + task.getApplication() + " is not deployed; the task waits for it"
                : "Application " + task.getApplication() + " provides no task named " + task.getName()
                        + "; the task waits for a version that does";
        if (!reason.equals(task.getWaitingFor())) {
            attempts.recordWaiting(task.getId(), reason);
        }
        if (reportedMissing.add(task.getApplication() + "/" + task.getName())) {
            ExecutionLog.LOG.cannotRun(task.getName(), task.getId(), reason);
        }
    }
}
