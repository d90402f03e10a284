package io.eetasks.bridge;

import io.eetasks.TaskContext;

import java.util.Optional;
import java.util.UUID;

/** The {@link TaskContext} of the task that runs on this thread, set by the invoker around the call. */
final class CurrentTask implements TaskContext {

    private static final ThreadLocal<CurrentTask> RUNNING = new ThreadLocal<>();

    private final TaskCall call;

    private CurrentTask(TaskCall call) {
        this.call = call;
    }

    /** The running task's context, or {@code null}. */
    static TaskContext get() {
        return RUNNING.get();
    }

    static CurrentTask enter(TaskCall call) {
        CurrentTask previous = RUNNING.get();
        RUNNING.set(new CurrentTask(call));
        return previous;
    }

    static void leave(CurrentTask previous) {
        if (previous == null) {
            RUNNING.remove();
        } else {
            RUNNING.set(previous);
        }
    }

    @Override
    public UUID taskId() {
        return call.taskId();
    }

    @Override
    public String taskName() {
        return call.name();
    }

    @Override
    public int attempt() {
        return call.attempt();
    }

    @Override
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(call.idempotencyKey());
    }

    @Override
    public boolean isCancellationRequested() {
        return ApplicationTaskService.runtime().isCancellationRequested(call.taskId());
    }
}
