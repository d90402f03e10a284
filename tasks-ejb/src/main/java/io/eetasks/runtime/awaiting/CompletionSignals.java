package io.eetasks.runtime.awaiting;

import io.eetasks.TaskInfo;
import io.eetasks.TaskNotFoundException;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import io.eetasks.runtime.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes those who wait for a task. A task finished on this node wakes its waiters at once and is
 * announced to the other nodes ({@link CompletionNotices}), whose waiters it wakes when the notice
 * arrives. {@link #checkOtherNodes()}, a slow look at the database for all awaited tasks in one query,
 * is the safety net for a lost notice. A waiter that gives up is forgotten; the waiters of a task that
 * was deleted are told so.
 */
@ApplicationScoped
public class CompletionSignals {

    private static final int QUERY_BATCH = 500;

    private final Map<UUID, Waiters> awaited = new ConcurrentHashMap<>();
    /** Awaited tasks finished by committed transactions, whose waiters the next round releases. */
    private final Set<UUID> committed = ConcurrentHashMap.newKeySet();

    @Inject
    TaskStore store;

    @Inject
    CompletionNotices notices;

    @Inject
    Transactions transactions;

    /** Completes once the task has finished; exceptionally with {@link TaskNotFoundException} if it is deleted. */
    public CompletableFuture<TaskInfo> whenFinished(UUID taskId) {
        CompletableFuture<TaskInfo> finished = join(taskId);
        Task task = store.find(taskId);
        if (task == null) {
            gone(taskId);
        } else if (task.getStatus().isTerminal()) {
            release(task.toInfo());
        }
        return finished;
    }

    /**
     * The task once finished, or as it is when the timeout ends; {@code null} if it does not exist. The
     * waiter joins before the task is read, so a completion between the two is not missed.
     */
    public TaskInfo await(UUID taskId, Duration timeout) {
        CompletableFuture<TaskInfo> finished = join(taskId);
        try {
            Task task = store.find(taskId);
            if (task == null || task.getStatus().isTerminal() || timeout.isZero()) {
                return task == null ? null : task.toInfo();
            }
            try {
                return finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return task.toInfo();
            }
        } catch (TimeoutException e) {
            Task now = store.find(taskId);
            return now == null ? null : now.toInfo();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TaskNotFoundException) {
                return null;
            }
            throw new IllegalStateException("Waiting for task " + taskId + " failed", e.getCause());
        } finally {
            leave(taskId);
        }
    }

    /** Called after the transaction that finished the task has committed on this node. */
    public void finished(UUID taskId) {
        notices.announce(taskId);
        if (awaited.containsKey(taskId)) {
            Task task = store.find(taskId);
            if (task != null) {
                release(task.toInfo());
            }
        }
    }

    /**
     * Called inside the transaction that finishes the task: once it commits, the task is announced,
     * and its waiters on this node are released by the next round of {@link #releaseCommitted()}.
     * (A committed transaction's callback cannot read the database in a thread outside any component
     * call, such as a consumer's.)
     */
    public void finishesOnCommit(UUID taskId) {
        transactions.afterCommit(() -> {
            notices.announce(taskId);
            if (awaited.containsKey(taskId)) {
                committed.add(taskId);
            }
        });
    }

    /** Releases the waiters of tasks that {@link #finishesOnCommit} saw finish; one query for all. */
    public void releaseCommitted() {
        if (committed.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(committed);
        ids.forEach(committed::remove);
        store.finishedAmong(ids).forEach(task -> release(task.toInfo()));
    }

    /** Called when other nodes announce tasks they finished. */
    public void finishedElsewhere(Collection<UUID> taskIds) {
        List<UUID> waitedFor = taskIds.stream().filter(awaited::containsKey).toList();
        if (!waitedFor.isEmpty()) {
            store.finishedAmong(waitedFor).forEach(task -> release(task.toInfo()));
        }
    }

    /** Releases waiters of tasks that finished (or were deleted) unannounced; one query for all of them. */
    public void checkOtherNodes() {
        List<UUID> ids = new ArrayList<>(awaited.keySet());
        for (int from = 0; from < ids.size(); from += QUERY_BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + QUERY_BATCH));
            Set<UUID> missing = new HashSet<>(batch);
            for (Task task : store.findAll(batch)) {
                missing.remove(task.getId());
                if (task.getStatus().isTerminal()) {
                    release(task.toInfo());
                }
            }
            missing.forEach(this::gone);
        }
    }

    /** How many tasks are awaited on this node now. */
    public int awaitedCount() {
        return awaited.size();
    }

    private CompletableFuture<TaskInfo> join(UUID taskId) {
        return awaited.compute(taskId, (id, waiters) -> {
            Waiters joined = waiters == null ? new Waiters() : waiters;
            joined.count++;
            return joined;
        }).finished;
    }

    private void leave(UUID taskId) {
        awaited.computeIfPresent(taskId, (id, waiters) -> --waiters.count <= 0 ? null : waiters);
    }

    private void release(TaskInfo task) {
        Waiters waiters = awaited.remove(task.id());
        if (waiters != null) {
            waiters.finished.complete(task);
        }
    }

    private void gone(UUID taskId) {
        Waiters waiters = awaited.remove(taskId);
        if (waiters != null) {
            waiters.finished.completeExceptionally(new TaskNotFoundException(taskId));
        }
    }

    /** One future for everyone waiting for a task on this node, and how many wait with a timeout or a future. */
    private static final class Waiters {
        final CompletableFuture<TaskInfo> finished = new CompletableFuture<>();
        int count;
    }
}
