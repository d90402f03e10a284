package io.eetasks.runtime.limits;

import io.eetasks.TaskLimit;
import io.eetasks.runtime.dispatch.TaskDispatcher;
import io.eetasks.runtime.store.QueuedTask;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

/**
 * Takes, hands over and gives back the permits of limited tasks (docs/permits.md). A task starts with a
 * permit of its limit's key, taken when a consumer claims it if the key has room and no task waits for
 * it; else it waits in the key's line, PENDING, holding no consumer. When room comes (a permit given
 * back, a window moving on), the key's permits are handed over in the line's order, priority then age:
 * the task gets a permit reserved for its next attempt and its message is sent again.
 */
@ApplicationScoped
public class Permits {

    @Inject
    LimitTables tables;

    @Inject
    TaskDispatcher dispatcher;

    @Inject
    Transactions transactions;

    @Inject
    HandOvers handOvers;

    /**
     * In a consumer's claim: decides which of these PENDING limited tasks may start at {@code now}, each
     * with a permit granted now (or the one reserved for it), and puts the others in their keys' lines.
     * Locks each limit's row, in name order.
     *
     * @return the tasks that may start, each with its start time: {@code now}, or for a task handed its
     *         turn on a node whose clock is ahead of this one's, the time it was handed its turn, so that no
     *         start is recorded before the moment the window was checked for it
     */
    @Transactional(MANDATORY)
    public Map<UUID, Instant> take(List<Task> tasks, Instant now) {
        Map<UUID, Instant> starting = new HashMap<>();
        List<Task> ordered = tasks.stream().sorted(Comparator.comparing(Task::getLimitName)
                .thenComparing(Task::getLimitKey)).toList();
        String locked = null;
        TaskLimit limit = null;
        for (Task task : ordered) {
            if (!task.getLimitName().equals(locked)) {
                locked = task.getLimitName();
                limit = tables.lock(locked);
            }
            Instant start = limit == null ? now : take(task, limit, now);
            // A limit that is not defined (any more) limits nothing.
            if (start != null) {
                starting.put(task.getId(), start);
            }
        }
        return starting;
    }

    /** The task's start time if it may start now, {@code null} if it waits in line. */
    private Instant take(Task task, TaskLimit limit, Instant now) {
        LimitKey key = keyOf(task);
        int attempt = task.getAttempt() + 1;
        Instant permit = tables.permitOf(task.getId(), attempt);
        if (permit != null) {
            return permit.isAfter(now) ? permit : now;
        }
        if (!tables.hasWaiting(key) && room(limit, key, now) > 0) {
            tables.grant(task.getId(), attempt, key, now);
            return now;
        }
        tables.hold(task.getId(), key, task.getPriority(), task.createdAt(), reason(limit, key));
        // A permit given back by a transaction not yet committed is not seen here; its release looks for
        // waiting tasks only after its commit, so if it looked before this commits, this moves the line.
        handOverAfterCommit(key);
        // Room may have come since the line last moved (a window passed): it moves now, this task maybe first.
        return handOver(limit, key, now, task.getId()) ? now : null;
    }

    /**
     * Once the claim has made these tasks RUNNING: a permit reserved for one counts its start from now.
     * (After the claim, so that task rows are locked before permit rows, as everywhere.)
     */
    @Transactional(MANDATORY)
    public void started(List<Task> claimed, Map<UUID, Instant> startTimes) {
        claimed.forEach(task -> tables.stamp(task.getId(), task.getAttempt() + 1, startTimes.get(task.getId())));
    }

    /**
     * Gives back the permit of the task's attempt that ended (completed, failed, retried, cancelled,
     * taken over): once this transaction has committed, the key's line moves if tasks wait in it.
     */
    @Transactional(MANDATORY)
    public void release(Task task, Instant now) {
        if (task.getLimitName() != null) {
            tables.release(task.getId(), now).forEach(this::handOverIfWaitingAfterCommit);
        }
    }

    /** A task cancelled before it ran leaves its line, or gives back the permit it was handed. */
    @Transactional(MANDATORY)
    public void cancelled(UUID taskId, Instant now) {
        tables.leaveLine(taskId);
        tables.release(taskId, now).forEach(this::handOverIfWaitingAfterCommit);
    }

    private void handOverAfterCommit(LimitKey key) {
        transactions.afterCommit(() -> handOvers.soon(key));
    }

    /**
     * Looks for waiting tasks only after the commit: a task that joins the line meanwhile either is seen
     * then, or joined after this commit, and then its own claim moves the line.
     */
    private void handOverIfWaitingAfterCommit(LimitKey key) {
        transactions.afterCommit(() -> handOvers.soonIfWaiting(key));
    }

    /** Whether tasks wait in the key's line, as committed now. */
    @Transactional(REQUIRES_NEW)
    public boolean hasWaiting(LimitKey key) {
        return tables.hasWaiting(key);
    }

    /** Hands the key's room over to the tasks first in its line, in a transaction of its own. */
    @Transactional(REQUIRES_NEW)
    public void handOver(LimitKey key, Instant now) {
        TaskLimit limit = tables.lock(key.limit());
        if (limit == null) {
            // Not defined: its waiting tasks would wait for ever; they run as if unlimited.
            limit = new TaskLimit(key.limit(), Integer.MAX_VALUE, null, null);
        }
        handOver(limit, key, now, null);
    }

    /**
     * Hands over what room the key has, under its limit's lock, and sends each task handed its turn once
     * this transaction commits, but {@code claiming}, which a consumer is claiming now.
     *
     * @return whether {@code claiming} was handed its turn
     */
    private boolean handOver(TaskLimit limit, LimitKey key, Instant now, UUID claiming) {
        int room = room(limit, key, now);
        boolean claimingHanded = false;
        if (room > 0) {
            for (UUID waiting : tables.waiting(key, room)) {
                LimitTables.HandedOver task = tables.handOver(waiting, key, now);
                if (task == null) {
                    continue;
                }
                if (waiting.equals(claiming)) {
                    claimingHanded = true;
                } else {
                    dispatcher.dispatchAfterCommit(new QueuedTask(task.id(), task.queue(), task.priority()));
                }
            }
        }
        if (limit.hasRate() && tables.hasWaiting(key)) {
            // The window's first start leaves it at first + window: then the line moves again.
            Instant first = tables.firstStartSince(key, now.minus(limit.window()));
            Instant next = first == null ? now.plusMillis(100) : first.plus(limit.window());
            transactions.afterCommit(() -> handOvers.at(key, next));
        }
        return claimingHanded;
    }

    /** How many more tasks of the key may start now. */
    private int room(TaskLimit limit, LimitKey key, Instant now) {
        int room = Integer.MAX_VALUE;
        if (limit.maxRunning() != null) {
            room = Math.min(room, limit.maxRunning() - tables.running(key));
        }
        if (limit.hasRate()) {
            room = Math.min(room, limit.maxStarts() - tables.startsSince(key, now.minus(limit.window())));
        }
        return Math.max(0, room);
    }

    private static LimitKey keyOf(Task task) {
        return new LimitKey(task.getLimitName(), task.getLimitKey() == null ? "" : task.getLimitKey());
    }

    private static String reason(TaskLimit limit, LimitKey key) {
        return "Waits for a permit of limit " + limit.name() + (key.key().isEmpty() ? "" : " (key " + key.key() + ")");
    }
}
