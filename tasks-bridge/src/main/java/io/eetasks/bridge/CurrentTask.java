package io.eetasks.bridge;

import io.eetasks.TaskContext;
import io.eetasks.TaskLogLine;
import io.eetasks.TaskProgress;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The {@link TaskContext} of the task that runs on this thread, set by the invoker around the call. */
final class CurrentTask implements TaskContext {

    private static final ThreadLocal<CurrentTask> RUNNING = new ThreadLocal<>();

    private final TaskCall call;
    /** When the last progress report was written ({@link System#nanoTime()}), 0 before the first. */
    private long progressWrittenAt;
    private boolean logFullReported;

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
    public void progress(long done, long total) {
        if (total < 1 || done < 0 || done > total) {
            throw new IllegalArgumentException("Progress must be 0 <= done <= total and total >= 1, was "
                    + done + " of " + total);
        }
        long now = System.nanoTime();
        if (done < total && progressWrittenAt != 0
                && now - progressWrittenAt < TimeUnit.MILLISECONDS.toNanos(TaskProgress.WRITE_INTERVAL_MILLIS)) {
            return;
        }
        progressWrittenAt = now;
        ApplicationTaskService.runtime().reportProgress(call.taskId(), done, total);
    }

    @Override
    public void log(String message) {
        String line = String.valueOf(message);
        if (!ApplicationTaskService.runtime().appendLog(call.taskId(), call.attempt(), line) && !logFullReported) {
            logFullReported = true;
            BridgeLog.LOG.taskLogFull(call.name(), call.taskId(), TaskLogLine.MAX_LINES);
        }
    }

    @Override
    public boolean isCancellationRequested() {
        return ApplicationTaskService.runtime().isCancellationRequested(call.taskId());
    }
}
