package io.eetasks.bridge;

import io.eetasks.CallbackCondition;
import io.eetasks.RecurringSchedule;
import io.eetasks.ScheduleInfo;
import io.eetasks.ScheduleNotFoundException;
import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskLimit;
import io.eetasks.TaskLogLine;
import io.eetasks.TaskNotFoundException;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.TaskTree;
import io.eetasks.TasksUnavailableException;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The {@link TaskService} an application injects: typed results over the runtime's JSON. */
final class ApplicationTaskService implements TaskService {

    private final JsonCodec codec;
    private final Supplier<String> application;

    ApplicationTaskService(JsonCodec codec, Supplier<String> application) {
        this.codec = codec;
        this.application = application;
    }

    @Override
    public <R> R await(UUID taskId, Class<R> resultType, Duration timeout) {
        return awaitResult(taskId, resultType, timeout);
    }

    <R> R awaitResult(UUID taskId, Type resultType, Duration timeout) {
        Objects.requireNonNull(taskId, "taskId is required");
        Objects.requireNonNull(resultType, "resultType is required");
        requireTimeout(timeout);
        // find joins the caller's transaction, so it also sees a task submitted in it.
        TaskInfo own = requireTask(taskId);
        TaskInfo task = runtime().await(taskId, timeout);
        if (task == null) {
            throw new IllegalStateException("Task " + own.name() + " (" + taskId + ") was submitted in"
                    + " the current transaction, so it cannot start before that transaction commits and"
                    + " awaiting it here would never end; run it here with TaskService.executeAndWait, or"
                    + " submit it and let this task wait for its children");
        }
        return Outcomes.resultOf(task, resultType, timeout, codec);
    }

    private static void requireTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be zero or positive, was " + timeout);
        }
    }

    @Override
    public <R> R executeAndWait(Supplier<TaskHandle<R>> call, Duration timeout) {
        Objects.requireNonNull(call, "call is required");
        requireTimeout(timeout);
        TaskHandle<R> handle = submit(TaskOptions.executeNow(), call);
        if (handle == null) {
            throw new IllegalArgumentException("executeAndWait needs a call of a @DistributedTask method that"
                    + " returns TaskHandle<R>; this call returned null");
        }
        return handle.await(timeout);
    }

    @Override
    public Optional<TaskInfo> find(UUID taskId) {
        Objects.requireNonNull(taskId, "taskId is required");
        return Optional.ofNullable(ownTask(taskId));
    }

    /**
     * The task if this application submitted it, else {@code null}: an application sees and controls
     * its own tasks only (the console sees every application's).
     */
    private TaskInfo ownTask(UUID taskId) {
        TaskInfo task = runtime().find(taskId);
        return task != null && task.application().equals(application.get()) ? task : null;
    }

    @Override
    public List<TaskInfo> children(UUID taskId) {
        requireTask(taskId);
        return runtime().children(taskId);
    }

    @Override
    public TaskInfo root(UUID taskId) {
        TaskInfo task = requireTask(taskId);
        return task.rootId() == null || task.rootId().equals(taskId) ? task : requireTask(task.rootId());
    }

    @Override
    public TaskTree tree(UUID taskId) {
        TaskInfo root = root(taskId);
        Map<UUID, List<TaskInfo>> byParent = runtime().treeOf(root.id()).stream()
                .filter(task -> task.parentId() != null)
                .collect(Collectors.groupingBy(TaskInfo::parentId));
        return treeBelow(root, byParent);
    }

    private static TaskTree treeBelow(TaskInfo task, Map<UUID, List<TaskInfo>> byParent) {
        return new TaskTree(task, byParent.getOrDefault(task.id(), List.of()).stream()
                .map(child -> treeBelow(child, byParent))
                .toList());
    }

    private TaskInfo requireTask(UUID taskId) {
        Objects.requireNonNull(taskId, "taskId is required");
        TaskInfo task = ownTask(taskId);
        if (task == null) {
            throw new TaskNotFoundException(taskId);
        }
        return task;
    }

    @Override
    public List<TaskAttemptInfo> failedAttempts(UUID taskId) {
        requireTask(taskId);
        return runtime().failedAttempts(taskId);
    }

    @Override
    public void defineLimit(TaskLimit limit) {
        runtime().defineLimit(Objects.requireNonNull(limit, "limit is required"));
    }

    @Override
    public List<TaskLimit> limits() {
        return runtime().limits();
    }

    @Override
    public List<TaskLogLine> log(UUID taskId) {
        requireTask(taskId);
        return runtime().log(taskId);
    }

    @Override
    public TaskStatus cancel(UUID taskId) {
        requireTask(taskId);
        TaskStatus status = runtime().cancel(taskId);
        if (status == null) {
            throw new TaskNotFoundException(taskId);
        }
        return status;
    }

    @Override
    public void rerun(UUID taskId) {
        requireTask(taskId);
        if (!runtime().rerun(taskId)) {
            TaskInfo task = requireTask(taskId);
            throw new IllegalStateException("Task " + task.name() + " (" + taskId + ") is " + task.status()
                    + "; only FAILED or CANCELLED tasks can be run again");
        }
    }

    @Override
    public void registerCallback(String sourceTaskName, CallbackCondition condition, String callbackTaskName) {
        requireCallback(sourceTaskName, condition, callbackTaskName);
        runtime().registerCallback(application.get(), sourceTaskName, condition, callbackTaskName);
    }

    @Override
    public boolean unregisterCallback(String sourceTaskName, CallbackCondition condition, String callbackTaskName) {
        requireCallback(sourceTaskName, condition, callbackTaskName);
        return runtime().unregisterCallback(application.get(), sourceTaskName, condition, callbackTaskName);
    }

    private static void requireCallback(String sourceTaskName, CallbackCondition condition, String callbackTaskName) {
        Objects.requireNonNull(condition, "condition is required");
        if (sourceTaskName == null || sourceTaskName.isBlank() || callbackTaskName == null
                || callbackTaskName.isBlank()) {
            throw new IllegalArgumentException("A callback needs the name of its source task and of the task to submit");
        }
    }

    @Override
    public void schedule(RecurringSchedule schedule, Runnable call) {
        Objects.requireNonNull(schedule, "schedule is required");
        Objects.requireNonNull(call, "call is required");
        TaskRuntime runtime = runtime();
        String problem = runtime.scheduleProblem(schedule);
        if (problem != null) {
            throw new IllegalArgumentException("Schedule " + schedule.name() + " is not valid: " + problem);
        }
        runtime.registerSchedule(new ScheduleDefinition(schedule, SubmissionScope.capture(call)));
    }

    @Override
    public List<ScheduleInfo> schedules() {
        return runtime().schedules(application.get());
    }

    @Override
    public void pauseSchedule(String name) {
        if (!runtime().pauseSchedule(application.get(), name)) {
            throw new ScheduleNotFoundException(name);
        }
    }

    @Override
    public void resumeSchedule(String name) {
        if (!runtime().resumeSchedule(application.get(), name)) {
            throw new ScheduleNotFoundException(name);
        }
    }

    @Override
    public UUID triggerSchedule(String name) {
        UUID taskId = runtime().triggerSchedule(application.get(), name);
        if (taskId == null) {
            throw new ScheduleNotFoundException(name);
        }
        return taskId;
    }

    @Override
    public void removeSchedule(String name) {
        if (!runtime().removeSchedule(application.get(), name)) {
            throw new ScheduleNotFoundException(name);
        }
    }

    @Override
    public <T> T submit(TaskOptions options, Supplier<T> call) {
        Objects.requireNonNull(options, "options are required");
        Objects.requireNonNull(call, "call is required");
        return SubmissionScope.call(options, call);
    }

    @Override
    public TaskHandle<Void> submit(TaskOptions options, Runnable call) {
        Objects.requireNonNull(options, "options are required");
        Objects.requireNonNull(call, "call is required");
        return new SubmittedTaskHandle<>(SubmissionScope.run(options, call), Void.class, this);
    }

    /** What a call of the task method returns to its caller. */
    Object returnValueFor(TaskMethod task, UUID taskId) {
        return switch (task.returnKind()) {
            case VOID -> null;
            case HANDLE -> new SubmittedTaskHandle<>(taskId, task.resultType(), this);
            case FUTURE -> whenFinished(taskId, task.resultType());
        };
    }

    private CompletableFuture<Object> whenFinished(UUID taskId, Type resultType) {
        return runtime().whenFinished(taskId).toCompletableFuture()
                .thenApply(task -> Outcomes.resultOf(task, resultType, Duration.ZERO, codec));
    }

    static TaskRuntime runtime() {
        return TaskRegistry.runtime().orElseThrow(TasksUnavailableException::new);
    }

    /** The handle a caller gets for a submitted task. */
    private record SubmittedTaskHandle<R>(UUID id, Type resultType, ApplicationTaskService service)
            implements TaskHandle<R> {

        @Override
        public TaskInfo info() {
            return service.find(id).orElseThrow(() -> new TaskNotFoundException(id));
        }

        @Override
        public R await(Duration timeout) {
            return service.awaitResult(id, resultType, timeout);
        }

        @Override
        public String toString() {
            return "TaskHandle[" + id + "]";
        }
    }
}
