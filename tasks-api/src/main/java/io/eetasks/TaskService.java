package io.eetasks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Follows and controls the tasks and schedules of the application it is injected in: another
 * application's task is as unknown to it as an id that names no task, and schedule names are the
 * application's own. Inject it in any application of a server that runs EE Tasks:
 *
 * <pre>{@code
 * @Inject TaskService tasks;
 *
 * String greeting = tasks.await(id, String.class, Duration.ofSeconds(10));
 * }</pre>
 */
public interface TaskService {

    /**
     * Waits until the task finishes and returns its result, read as {@code resultType} with JSON-B.
     *
     * @throws TaskNotFoundException  if no task has this id
     * @throws TaskFailedException    if the task failed
     * @throws TaskCancelledException if the task was cancelled
     * @throws TaskTimeoutException   if the task did not finish within the timeout
     * @throws TasksUnavailableException if the tasks runtime is not deployed
     */
    <R> R await(UUID taskId, Class<R> resultType, Duration timeout);

    /**
     * Runs the task that {@code call} submits at once, in this thread, and returns its result. Inside
     * a running task this is the way to use another task's result: the child runs here instead of
     * waiting for a free consumer, so parents waiting for children can never take every consumer.
     * If the first attempt fails and the task's retry policy allows more, the retries run through
     * the queue and this call waits for them up to {@code timeout}.
     *
     * <pre>{@code
     * int total = tasks.executeAndWait(() -> counter.count(file), Duration.ofMinutes(1));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code call} invokes no {@link DistributedTask} method
     *                                  returning a {@link TaskHandle}
     * @throws TaskFailedException      if the task failed
     * @throws TaskCancelledException   if the task was cancelled
     * @throws TaskTimeoutException     if its retries did not finish within the timeout
     */
    <R> R executeAndWait(Supplier<TaskHandle<R>> call, Duration timeout);

    /** The task as stored now, or empty if no task has this id. */
    Optional<TaskInfo> find(UUID taskId);

    /**
     * The tasks this task submitted while it ran, and its callbacks, oldest first.
     *
     * @throws TaskNotFoundException if no task has this id
     */
    List<TaskInfo> children(UUID taskId);

    /**
     * The first task of this task's tree (the task itself if it has no parent).
     *
     * @throws TaskNotFoundException if no task has this id, or its root has been cleaned up
     */
    TaskInfo root(UUID taskId);

    /**
     * The whole tree this task belongs to, from its root, with every task's status.
     *
     * @throws TaskNotFoundException if no task has this id, or its root has been cleaned up
     */
    TaskTree tree(UUID taskId);

    /**
     * The failed attempts of a task, oldest first; empty for a task that never failed.
     *
     * @throws TaskNotFoundException if no task has this id
     */
    List<TaskAttemptInfo> failedAttempts(UUID taskId);

    /**
     * The lines the task wrote to its log ({@link TaskContext#log(String)}), in the order written, over
     * all its attempts; its last reported progress is in {@link TaskInfo#progress()} of {@link #find}.
     *
     * @throws TaskNotFoundException if no task has this id
     */
    List<TaskLogLine> log(UUID taskId);

    /**
     * Defines a limit, or replaces the one of that name, for every node of the cluster at once. Tasks
     * waiting for it start as soon as the new bounds allow. Define the limits your tasks use before
     * submitting them, for example at application start.
     */
    void defineLimit(TaskLimit limit);

    /** The limits defined, by name. */
    List<TaskLimit> limits();

    /**
     * Cancels a task that has not finished, with the unfinished tasks it submitted while it ran (and
     * theirs); its callbacks run as for any cancelled task. A PENDING,
     * SCHEDULED, RETRY_WAIT or WAITING_FOR_CHILDREN task becomes CANCELLED at once and never runs
     * (again); a RUNNING task is asked to stop (see {@link TaskContext#isCancellationRequested()}): it
     * ends CANCELLED if it then stops by throwing, COMPLETED if it finishes its work anyway. A
     * finished task is left as it is, and so are the tasks below it.
     *
     * @return the task's status after the request: CANCELLED, RUNNING (asked to stop), or the
     *         status it had already finished with
     * @throws TaskNotFoundException if no task has this id
     */
    TaskStatus cancel(UUID taskId);

    /**
     * Runs a FAILED or CANCELLED task again, as PENDING, with a new set of attempts under its retry
     * policy. Its history of failed attempts is kept.
     *
     * @throws TaskNotFoundException if no task has this id
     * @throws IllegalStateException if the task is neither FAILED nor CANCELLED
     */
    void rerun(UUID taskId);

    /**
     * Registers a callback for every task of this application named {@code sourceTaskName}: when one
     * finishes as {@code condition} says, the task named {@code callbackTaskName} is submitted with
     * its {@link TaskOutcome}. Registering the same callback again changes nothing. Other nodes see
     * it within a few seconds.
     */
    void registerCallback(String sourceTaskName, CallbackCondition condition, String callbackTaskName);

    /** Removes a callback registered with {@link #registerCallback}; false if there was none. */
    boolean unregisterCallback(String sourceTaskName, CallbackCondition condition, String callbackTaskName);

    /**
     * Registers (or replaces) this application's recurring schedule of that name for the {@link DistributedTask} method that
     * {@code call} invokes, with the arguments it passes. The call itself submits nothing.
     *
     * @throws IllegalArgumentException if the cron expression or the zone is not valid, or
     *                                  {@code call} invokes no task method
     */
    void schedule(RecurringSchedule schedule, Runnable call);

    /** This application's recurring schedules, by name. */
    List<ScheduleInfo> schedules();

    /**
     * Stops a schedule from firing until it is resumed.
     *
     * @throws ScheduleNotFoundException if there is no such schedule
     */
    void pauseSchedule(String name);

    /**
     * Lets a paused schedule fire again, from its next fire time after now.
     *
     * @throws ScheduleNotFoundException if there is no such schedule
     */
    void resumeSchedule(String name);

    /**
     * Submits the schedule's task now, outside its fire times (also when paused).
     *
     * @return the id of the submitted task
     * @throws ScheduleNotFoundException if there is no such schedule
     */
    UUID triggerSchedule(String name);

    /**
     * Deletes a schedule; tasks it already submitted go on.
     *
     * @throws ScheduleNotFoundException if there is no such schedule
     */
    void removeSchedule(String name);

    /**
     * Submits, with the given options, the {@link DistributedTask} method that {@code call} invokes,
     * and returns what that method returned.
     *
     * <pre>{@code
     * TaskHandle<String> handle = tasks.submit(TaskOptions.executeNow(), () -> greeter.greet("Ada"));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code call} invokes no {@link DistributedTask} method
     */
    <T> T submit(TaskOptions options, Supplier<T> call);

    /**
     * As {@link #submit(TaskOptions, Supplier)}, for a method that returns {@code void}: the handle is the
     * only way to follow, await or cancel such a task.
     *
     * <pre>{@code
     * TaskHandle<Void> handle = tasks.submit(TaskOptions.defaults(), () -> mailer.send(mail));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code call} invokes no {@link DistributedTask} method
     */
    TaskHandle<Void> submit(TaskOptions options, Runnable call);
}
