package io.eetasks.runtime.execution;

import io.eetasks.TaskInfo;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes those who wait for a task. A task finished on this node wakes its waiters at once; for
 * tasks finished on other nodes, {@link #checkOtherNodes()} looks up all awaited tasks in one query.
 */
@ApplicationScoped
public class CompletionSignals {

    private final Map<UUID, CompletableFuture<TaskInfo>> awaited = new ConcurrentHashMap<>();

    @Inject
    TaskStore store;

    /** Completes once the task has finished. */
    public CompletableFuture<TaskInfo> whenFinished(UUID taskId) {
        CompletableFuture<TaskInfo> finished = awaited.computeIfAbsent(taskId, id -> new CompletableFuture<>());
        Task task = store.find(taskId);
        if (task != null && task.getStatus().isTerminal()) {
            release(task.toInfo());
        }
        return finished;
    }

    /** The task once finished, or as it is when the timeout ends; {@code null} if it does not exist. */
    public TaskInfo await(UUID taskId, Duration timeout) {
        Task task = store.find(taskId);
        if (task == null || task.getStatus().isTerminal() || timeout.isZero()) {
            return task == null ? null : task.toInfo();
        }
        try {
            return whenFinished(taskId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Task now = store.find(taskId);
            return now == null ? null : now.toInfo();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return task.toInfo();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for task " + taskId + " failed", e.getCause());
        }
    }

    /** Called after the transaction that finished the task has committed on this node. */
    public void finished(UUID taskId) {
        if (awaited.containsKey(taskId)) {
            Task task = store.find(taskId);
            if (task != null) {
                release(task.toInfo());
            }
        }
    }

    /** Releases waiters of tasks that other nodes finished; one query for all of them. */
    public void checkOtherNodes() {
        if (awaited.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(awaited.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            for (Task task : store.finishedAmong(ids.subList(from, Math.min(ids.size(), from + 500)))) {
                release(task.toInfo());
            }
        }
    }

    private void release(TaskInfo task) {
        CompletableFuture<TaskInfo> finished = awaited.remove(task.id());
        if (finished != null) {
            finished.complete(task);
        }
    }
}
