package io.eetasks.runtime.submission;

import io.eetasks.runtime.store.Task;

/**
 * The task this thread is running, if any: tasks submitted here become its children, and awaiting
 * a task here helps run it instead of holding the thread idle. Execution enters and leaves it around
 * a task's method ({@code TaskAttempts}); it lives here, below execution, because submitting reads it.
 */
public final class ExecutionScope {

    private static final ThreadLocal<ExecutionScope> CURRENT = new ThreadLocal<>();

    private final Task task;
    private final ExecutionScope outer;
    private boolean submittedChildren;

    private ExecutionScope(Task task, ExecutionScope outer) {
        this.task = task;
        this.outer = outer;
    }

    /** The running task of this thread, or {@code null}. */
    public static Task currentTask() {
        ExecutionScope scope = CURRENT.get();
        return scope == null ? null : scope.task;
    }

    /** Notes that the running task submitted a child that it will wait for. */
    public static void childSubmitted() {
        ExecutionScope scope = CURRENT.get();
        if (scope != null) {
            scope.submittedChildren = true;
        }
    }

    public static ExecutionScope enter(Task task) {
        ExecutionScope scope = new ExecutionScope(task, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** Ends this scope; the task that ran around it, if any, is the running task again. */
    public void leave() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    public boolean submittedChildren() {
        return submittedChildren;
    }
}
