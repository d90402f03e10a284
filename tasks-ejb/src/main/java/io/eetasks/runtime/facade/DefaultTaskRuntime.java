package io.eetasks.runtime.facade;

import io.eetasks.CallbackCondition;
import io.eetasks.RecurringSchedule;
import io.eetasks.ScheduleInfo;
import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskLimit;
import io.eetasks.TaskLogLine;
import io.eetasks.TaskStatus;
import io.eetasks.bridge.ScheduleDefinition;
import io.eetasks.bridge.Submission;
import io.eetasks.bridge.TaskRuntime;
import io.eetasks.runtime.limits.LimitDefinitions;
import io.eetasks.runtime.store.TaskReports;
import io.eetasks.runtime.workflow.CallbackMappings;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The runtime as applications reach it through the registry. An EJB, so that every call from an
 * application runs with the runtime's class loader and the caller's transaction carries over. It
 * sets the transaction of each call and hands it to the class of its concern: {@link Submitting},
 * {@link Reading}, {@link Cancellation} and {@link TaskControl}, {@link ScheduleControl},
 * {@link CallbackMappings}, {@link Deployments}.
 */
@Stateless
@Local(TaskRuntime.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultTaskRuntime implements TaskRuntime {

    @Inject
    Submitting submitting;

    @Inject
    Reading reading;

    @Inject
    Cancellation cancellation;

    @Inject
    TaskControl control;

    @Inject
    ScheduleControl schedules;

    @Inject
    CallbackMappings callbackMappings;

    @Inject
    Deployments deployments;

    @Inject
    TaskReports reports;

    @Inject
    LimitDefinitions limits;

    @Override
    public UUID submit(Submission submission) {
        return submitting.submit(submission);
    }

    /** Joins the caller's transaction, if any, so a caller sees the task it has just submitted. */
    @Override
    public TaskInfo find(UUID taskId) {
        return reading.find(taskId);
    }

    @Override
    public List<TaskInfo> children(UUID taskId) {
        return reading.children(taskId);
    }

    @Override
    public List<TaskInfo> treeOf(UUID rootId) {
        return reading.treeOf(rootId);
    }

    @Override
    public List<TaskAttemptInfo> failedAttempts(UUID taskId) {
        return reading.failedAttempts(taskId);
    }

    @Override
    public String limitProblem(String limit) {
        return limits.exists(limit) ? null : "limit '" + limit + "' is not defined; define it once, for example at"
                + " application start, with TaskService.defineLimit(TaskLimit.concurrency(\"" + limit + "\", n)) or"
                + " TaskLimit.rate(...)";
    }

    @Override
    public void defineLimit(TaskLimit limit) {
        limits.define(limit);
    }

    @Override
    public List<TaskLimit> limits() {
        return limits.all();
    }

    @Override
    public void reportProgress(UUID taskId, long done, long total) {
        reports.progress(taskId, done, total);
    }

    @Override
    public boolean appendLog(UUID taskId, int attempt, String message) {
        return reports.log(taskId, attempt, message);
    }

    @Override
    public List<TaskLogLine> log(UUID taskId) {
        return reports.logOf(taskId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TaskInfo await(UUID taskId, Duration timeout) {
        return reading.await(taskId, timeout);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CompletionStage<TaskInfo> whenFinished(UUID taskId) {
        return reading.whenFinished(taskId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TaskStatus cancel(UUID taskId) {
        return cancellation.cancel(taskId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean rerun(UUID taskId) {
        return control.rerun(taskId);
    }

    @Override
    public boolean isCancellationRequested(UUID taskId) {
        return reading.isCancellationRequested(taskId);
    }

    @Override
    public String queueProblem(String queue) {
        return submitting.queueProblem(queue);
    }

    @Override
    public String scheduleProblem(RecurringSchedule schedule) {
        return schedules.problem(schedule);
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
        return schedules.pause(application, name);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean resumeSchedule(String application, String name) {
        return schedules.resume(application, name);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UUID triggerSchedule(String application, String name) {
        return schedules.trigger(application, name);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean removeSchedule(String application, String name) {
        return schedules.remove(application, name);
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
        deployments.applicationAvailable(application);
    }
}
