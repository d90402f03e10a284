package io.eetasks.bridge;

import io.eetasks.CallbackCondition;
import io.eetasks.RecurringSchedule;
import io.eetasks.ScheduleInfo;
import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskLimit;
import io.eetasks.TaskLogLine;
import io.eetasks.TaskStatus;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** What the tasks EAR offers to applications, through {@link TaskRegistry}. */
public interface TaskRuntime {

    /**
     * Records the task in the caller's transaction (or a new one) and dispatches it after commit,
     * or runs it at once when {@link Submission#executeNow()} says so.
     *
     * @return the id of the new task
     */
    UUID submit(Submission submission);

    /** The task as stored now, or {@code null} if there is none. */
    TaskInfo find(UUID taskId);

    /** The tasks whose parent is this task, oldest first. */
    List<TaskInfo> children(UUID taskId);

    /** Every task of the tree with this root, the root included, oldest first. */
    List<TaskInfo> treeOf(UUID rootId);

    /** The failed attempts of a task, oldest first. */
    List<TaskAttemptInfo> failedAttempts(UUID taskId);

    /**
     * Waits up to {@code timeout} for the task to finish.
     *
     * @return the task when it finished or when the wait ended, or {@code null} if there is none
     */
    TaskInfo await(UUID taskId, Duration timeout);

    /** Completes with the task once it reaches a terminal state. */
    CompletionStage<TaskInfo> whenFinished(UUID taskId);

    /** See {@link io.eetasks.TaskService#cancel(UUID)}; {@code null} if there is no such task. */
    TaskStatus cancel(UUID taskId);

    /** See {@link io.eetasks.TaskService#rerun(UUID)}; false if the task is neither FAILED nor CANCELLED. */
    boolean rerun(UUID taskId);

    /** Records a running task's progress, in a transaction of its own. */
    void reportProgress(UUID taskId, long done, long total);

    /** Adds a line to a task's log, in a transaction of its own; false if its log is full. */
    boolean appendLog(UUID taskId, int attempt, String message);

    /** A task's log, in the order written. */
    List<TaskLogLine> log(UUID taskId);

    /** Whether cancelling the running task was requested. */
    boolean isCancellationRequested(UUID taskId);

    /**
     * Checks a schedule's expression. (A message rather than an exception: an exception would reach
     * the application wrapped by the EJB container.)
     *
     * @return what is wrong with it, or {@code null} if it is valid
     */
    String scheduleProblem(RecurringSchedule schedule);

    /**
     * Checks that tasks can be sent to this queue.
     *
     * @return what is wrong and how to fix it, or {@code null} if the queue is known
     */
    String queueProblem(String queue);

    /**
     * Checks that the limit is defined.
     *
     * @return what is wrong and how to fix it, or {@code null} if it is
     */
    String limitProblem(String limit);

    /** See {@link io.eetasks.TaskService#defineLimit}. */
    void defineLimit(TaskLimit limit);

    /** See {@link io.eetasks.TaskService#limits()}. */
    List<TaskLimit> limits();

    /** Registers or replaces a schedule; see {@link io.eetasks.TaskService#schedule}. */
    void registerSchedule(ScheduleDefinition definition);

    /** The schedules of an application, or of every application for {@code null}, by name. */
    List<ScheduleInfo> schedules(String application);

    /** Pauses the application's schedule of that name; false if it has none. */
    boolean pauseSchedule(String application, String name);

    /** Resumes the application's schedule of that name; false if it has none. */
    boolean resumeSchedule(String application, String name);

    /** Submits the schedule's task now; {@code null} if the application has no schedule of that name. */
    UUID triggerSchedule(String application, String name);

    /** Deletes the application's schedule of that name; false if it has none. */
    boolean removeSchedule(String application, String name);

    /** See {@link io.eetasks.TaskService#registerCallback}. */
    void registerCallback(String application, String sourceTaskName, CallbackCondition condition,
                          String callbackTaskName);

    /** See {@link io.eetasks.TaskService#unregisterCallback}. */
    boolean unregisterCallback(String application, String sourceTaskName, CallbackCondition condition,
                               String callbackTaskName);

    /** Told when an application that provides tasks has been deployed. */
    void applicationAvailable(String application);
}
