package io.eetasks.runtime.facade;

import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.runtime.awaiting.CompletionSignals;
import io.eetasks.runtime.execution.TaskExecutor;
import io.eetasks.runtime.store.FailedAttempt;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.store.TaskReports;
import io.eetasks.runtime.submission.ExecutionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Reading tasks and waiting for them to finish. Runs in the transaction context
 * {@link DefaultTaskRuntime} gives it: reads join the caller's transaction, waits run outside any.
 */
@ApplicationScoped
public class Reading {

    @Inject
    TaskStore store;

    @Inject
    CompletionSignals signals;

    @Inject
    TaskExecutor executor;

    @Inject
    TaskReports reports;

    public TaskInfo find(UUID taskId) {
        Task task = store.find(taskId);
        return task == null ? null : task.toInfo(reports.progressOf(taskId));
    }

    public List<TaskInfo> children(UUID taskId) {
        return store.children(taskId).stream().map(Task::toInfo).toList();
    }

    public List<TaskInfo> treeOf(UUID rootId) {
        return store.tree(rootId).stream().map(Task::toInfo).toList();
    }

    public List<TaskAttemptInfo> failedAttempts(UUID taskId) {
        return store.failedAttempts(taskId).stream().map(FailedAttempt::toInfo).toList();
    }

    public boolean isCancellationRequested(UUID taskId) {
        return store.isCancelRequested(taskId);
    }

    /** Inside a running task, the awaiting thread helps run the awaited task (docs/awaiting-inside-tasks.md). */
    public TaskInfo await(UUID taskId, Duration timeout) {
        if (ExecutionScope.currentTask() != null) {
            return executor.awaitHelping(taskId, timeout);
        }
        return signals.await(taskId, timeout);
    }

    public CompletionStage<TaskInfo> whenFinished(UUID taskId) {
        return signals.whenFinished(taskId);
    }
}
