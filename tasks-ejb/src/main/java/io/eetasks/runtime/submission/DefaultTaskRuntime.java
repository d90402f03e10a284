package io.eetasks.runtime.submission;

import io.eetasks.CallbackCondition;
import io.eetasks.RecurringSchedule;
import io.eetasks.ScheduleInfo;
import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.ScheduleDefinition;
import io.eetasks.bridge.Submission;
import io.eetasks.bridge.TaskRegistry;
import io.eetasks.bridge.TaskRuntime;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.control.TaskControl;
import io.eetasks.runtime.execution.CompletionSignals;
import io.eetasks.runtime.execution.ExecutionScope;
import io.eetasks.runtime.execution.TaskExecutor;
import io.eetasks.runtime.messaging.PendingTaskRedispatcher;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.scheduling.FireTimes;
import io.eetasks.runtime.scheduling.ScheduleKey;
import io.eetasks.runtime.scheduling.Schedules;
import io.eetasks.runtime.store.FailedAttempt;
import io.eetasks.runtime.store.IdempotencyKeys;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.workflow.CallbackMappings;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The runtime as applications reach it through the registry. An EJB, so that every call from an
 * application runs with the runtime's class loader and the caller's transaction carries over.
 */
@Stateless
@Local(TaskRuntime.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultTaskRuntime implements TaskRuntime {

    @Inject
    TaskSubmissions submissions;

    @Inject
    TaskExecutor executor;

    @Inject
    TaskStore store;

    @Inject
    CompletionSignals signals;

    @Inject
    PendingTaskRedispatcher redispatcher;

    @Inject
    TaskQueues queues;

    @Inject
    TaskControl control;

    @Inject
    Schedules schedules;

    @Inject
    CallbackMappings callbackMappings;

    @Inject
    TasksConfig config;

    @Inject
    IdempotencyKeys idempotencyKeys;

    /** A submission with an idempotency key an earlier one had returns that task (docs/idempotency-keys.md). */
    @Override
    public UUID submit(Submission submission) {
        Objects.requireNonNull(submission, "submission is required");
        if (submission.idempotencyKey() != null) {
            return idempotencyKeys.once(submission.application(), submission.name(), submission.idempotencyKey(),
                    () -> submitNew(submission));
        }
        return submitNew(submission);
    }

    private UUID submitNew(Submission submission) {
        if (submission.executeNow() || config.executeNow()) {
            return executor.executeNow(submission);
        }
        return submissions.enqueue(submission);
    }

    /** Joins the caller's transaction, if any, so a caller sees the task it has just submitted. */
    @Override
    public TaskInfo find(UUID taskId) {
        Task task = store.find(taskId);
        return task == null ? null : task.toInfo();
    }

    @Override
    public List<TaskInfo> children(UUID taskId) {
        return store.children(taskId).stream().map(Task::toInfo).toList();
    }

    @Override
    public List<TaskInfo> treeOf(UUID rootId) {
        return store.tree(rootId).stream().map(Task::toInfo).toList();
    }

    @Override
    public List<TaskAttemptInfo> failedAttempts(UUID taskId) {
        return store.failedAttempts(taskId).stream().map(FailedAttempt::toInfo).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TaskInfo await(UUID taskId, Duration timeout) {
        if (ExecutionScope.currentTask() != null) {
            return executor.awaitHelping(taskId, timeout);
        }
        return signals.await(taskId, timeout);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CompletionStage<TaskInfo> whenFinished(UUID taskId) {
        return signals.whenFinished(taskId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TaskStatus cancel(UUID taskId) {
        TaskStatus status = control.cancel(taskId);
        if (status == TaskStatus.CANCELLED || status == TaskStatus.RUNNING) {
            Deque<UUID> below = new ArrayDeque<>(store.unfinishedChildren(taskId));
            while (!below.isEmpty()) {
                UUID child = below.poll();
                control.cancel(child);
                below.addAll(store.unfinishedChildren(child));
            }
        }
        return status;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean rerun(UUID taskId) {
        return control.rerun(taskId);
    }

    @Override
    public boolean isCancellationRequested(UUID taskId) {
        return store.isCancelRequested(taskId);
    }

    @Override
    public String queueProblem(String queue) {
        return queues.problem(queue);
    }

    @Override
    public String scheduleProblem(RecurringSchedule schedule) {
        try {
            FireTimes.validate(schedule);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void registerSchedule(ScheduleDefinition definition) {
        schedules.register(definition);
    }

    @Override
    public List<ScheduleInfo> schedules(String application) {
        return schedules.list(application);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean pauseSchedule(String application, String name) {
        return schedules.pause(new ScheduleKey(application, name));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean resumeSchedule(String application, String name) {
        return schedules.resume(new ScheduleKey(application, name));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UUID triggerSchedule(String application, String name) {
        return schedules.trigger(new ScheduleKey(application, name));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean removeSchedule(String application, String name) {
        return schedules.remove(new ScheduleKey(application, name));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void registerCallback(String application, String sourceTaskName, CallbackCondition condition,
                                 String callbackTaskName) {
        callbackMappings.register(application, sourceTaskName, condition, callbackTaskName);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean unregisterCallback(String application, String sourceTaskName, CallbackCondition condition,
                                      String callbackTaskName) {
        return callbackMappings.unregister(application, sourceTaskName, condition, callbackTaskName);
    }

    @Override
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void applicationAvailable(String application) {
        executor.forgetMissing(application);
        TaskRegistry.invoker(application).ifPresent(invoker -> invoker.declaredSchedules().forEach(definition -> {
            try {
                schedules.register(definition);
            } catch (RuntimeException e) {
                SubmissionLog.LOG.scheduleNotRegistered(application, definition.schedule().name(), e.getMessage());
            }
        }));
        redispatcher.redispatchWaitingFor(application);
    }
}
