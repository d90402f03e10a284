package io.eetasks;

/**
 * Options for a single submission, used with {@link TaskService#submit(TaskOptions, java.util.function.Supplier)}.
 *
 * <pre>{@code
 * TaskHandle<String> handle = tasks.submit(TaskOptions.executeNow(), () -> greeter.greet("Ada"));
 * }</pre>
 */
public final class TaskOptions {

    private static final TaskOptions DEFAULTS = new TaskOptions(false);

    private final boolean executeNow;

    private TaskOptions(boolean executeNow) {
        this.executeNow = executeNow;
    }

    /** The options a plain call of a {@link DistributedTask} method uses. */
    public static TaskOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Runs the task at once in the caller's thread, bypassing the queue. The task is still
     * recorded, in the caller's transaction when there is one; its outcome is recorded before the
     * call returns, and the caller awaits it as usual.
     */
    public static TaskOptions executeNow() {
        return new TaskOptions(true);
    }

    /** Whether the task runs at once in the caller's thread. */
    public boolean isExecuteNow() {
        return executeNow;
    }

    @Override
    public String toString() {
        return "TaskOptions[executeNow=" + executeNow + "]";
    }
}
