package io.eetasks.runtime.store;

import io.eetasks.ChildFailurePolicy;
import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.eetasks.TaskStatus.CANCELLED;
import static io.eetasks.TaskStatus.COMPLETED;
import static io.eetasks.TaskStatus.FAILED;
import static io.eetasks.TaskStatus.PENDING;
import static io.eetasks.TaskStatus.RETRY_WAIT;
import static io.eetasks.TaskStatus.RUNNING;
import static io.eetasks.TaskStatus.SCHEDULED;
import static io.eetasks.TaskStatus.WAITING_FOR_CHILDREN;

/**
 * Reads and changes stored tasks. Every status change is one conditional update (it names the
 * status it expects), so a duplicate message or a stale node changes nothing.
 */
@ApplicationScoped
public class TaskStore {

    private static final String ERROR_ASSIGNMENTS = "error_type = ?, error_message = ?, error_stack = ?";

    /**
     * The status condition of the statements that claim and end attempts. Written as an expression so
     * that no index on status can serve it and the row is reached by its primary key, whatever the
     * table's statistics say: a plan cached on a fresh table once read every pending row per claim.
     */
    private static final String STATUS_BY_KEY_ONLY = "status || '' = ?";

    /** The statuses of tasks that wait for a point in time; both may go to PENDING. */
    private static final List<TaskStatus> WAITING_FOR_TIME = List.of(SCHEDULED, RETRY_WAIT);

    /** The statuses of tasks that are not running; they cancel at once. */
    private static final List<TaskStatus> NOT_RUNNING = List.of(PENDING, SCHEDULED, RETRY_WAIT, WAITING_FOR_CHILDREN);

    private static final List<TaskStatus> TERMINAL = List.of(COMPLETED, FAILED, CANCELLED);

    static {
        WAITING_FOR_TIME.forEach(from -> TaskTransitions.check(from, PENDING));
    }

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    Event<DueTimeSet> dueTimes;

    @Resource
    TransactionSynchronizationRegistry transactionRegistry;

    @Inject
    ChildStripes stripes;

    @Inject
    IdempotencyKeyRows keyRows;

    @Inject
    TaskReports reports;

    /** Stores a new task; one that waits for its time says when it is due. */
    public void insert(Task task) {
        entityManager.persist(task);
        task.labelRows().forEach(entityManager::persist);
        if (task.getStatus() == SCHEDULED) {
            dueTimeSet(task.getScheduledAt());
        }
    }

    /** Says when a task is due, once per transaction unless a due time comes earlier than those said. */
    private void dueTimeSet(Instant dueAt) {
        Instant earliest = (Instant) transactionRegistry.getResource(DueTimeSet.class);
        if (earliest == null || dueAt.isBefore(earliest)) {
            transactionRegistry.putResource(DueTimeSet.class, dueAt);
            dueTimes.fire(new DueTimeSet(dueAt));
        }
    }

    /** The task, or {@code null}. Reads the database, never a cached copy. */
    public Task find(UUID id) {
        List<Task> found = entityManager.createQuery("select t from Task t where t.id = :id", Task.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The tasks among {@code ids} that exist, read by their keys in one statement whose SQL Hibernate
     * keeps (a JPQL query with a list parameter is translated again for every call). Current in a
     * transaction that has not read them before.
     */
    public List<Task> load(List<UUID> ids) {
        if (ids.size() == 1) {
            return Stream.ofNullable(entityManager.find(Task.class, ids.get(0))).toList();
        }
        return session().byMultipleIds(Task.class).multiLoad(ids).stream().filter(Objects::nonNull).toList();
    }

    /**
     * Claims for {@code node}, until {@code leaseUntil}, those of the tasks {@code ids} that are still
     * PENDING: PENDING to RUNNING, started at {@code startedAt}, one statement per task sent as one batch.
     * Returns the ids it claimed; the others were claimed first by another consumer (or an earlier
     * message), or cancelled.
     */
    public Set<UUID> claim(List<UUID> ids, String node, Instant leaseUntil, Function<UUID, Instant> startedAt) {
        TaskTransitions.check(PENDING, RUNNING);
        // Every consumer locks the rows in one order, so that two claiming the same tasks cannot deadlock.
        List<UUID> ordered = ids.stream().distinct().sorted().toList();
        // Its message has arrived: a re-send of a later PENDING spell is counted from that spell.
        int[] counts = batch(transitionSql("attempt = attempt + 1, started_at = ?, node = ?, waiting_for = null,"
                        + " sent_as_of = null, lease_expires_at = ?"),
                ordered.stream().map(id -> {
                    OffsetDateTime start = utc(startedAt.apply(id));
                    return List.<Object>of(RUNNING.name(), start, start, node, utc(leaseUntil), id, PENDING.name());
                }).toList());
        Set<UUID> claimed = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                claimed.add(ordered.get(i));
            }
        }
        return claimed;
    }

    /** The attempt ends COMPLETED with the result; false when it is no longer the task's running attempt. */
    public boolean complete(RunningAttempt attempt, String resultJson) {
        return endAttempt(attempt, COMPLETED, "result = ?", resultJson);
    }

    /** The attempt ends FAILED with the error; false when it is no longer the task's running attempt. */
    public boolean fail(RunningAttempt attempt, TaskError error) {
        return endAttempt(attempt, FAILED, ERROR_ASSIGNMENTS, errorValues(error));
    }

    /** The attempt ends, the task waits in RETRY_WAIT until {@code dueAt}; false as for {@link #fail}. */
    public boolean retryLater(RunningAttempt attempt, TaskError error, Instant dueAt) {
        boolean ended = endAttempt(attempt, RETRY_WAIT, ERROR_ASSIGNMENTS + ", scheduled_at = ?",
                error.type(), error.message(), error.stackTrace(), utc(dueAt));
        if (ended) {
            dueTimeSet(dueAt);
        }
        return ended;
    }

    /** Extends the leases of the given attempts running on {@code node}; returns how many it extended. */
    public int renewLeases(String node, Collection<UUID> taskIds, Instant leaseUntil) {
        return entityManager.createQuery("update Task t set t.leaseExpiresAt = :lease"
                        + " where t.id in :ids and t.status = :running and t.node = :node")
                .setParameter("lease", leaseUntil)
                .setParameter("ids", taskIds)
                .setParameter("running", RUNNING)
                .setParameter("node", node)
                .executeUpdate();
    }

    /**
     * Makes the leases of attempts running on nodes recorded as stopped and not seen since
     * {@code silentSince} expired as of {@code now}; returns how many.
     */
    public int expireLeasesOfStoppedNodes(Instant silentSince, Instant now) {
        return entityManager.createNativeQuery("update eet_task set lease_expires_at = ? where status = ?"
                        + " and lease_expires_at >= ? and node in (select name from eet_node"
                        + " where gone_at is not null and last_seen_at < ?)")
                .setParameter(1, utc(now.minusSeconds(1)))
                .setParameter(2, RUNNING.name())
                .setParameter(3, utc(now))
                .setParameter(4, utc(silentSince))
                .executeUpdate();
    }

    /** RUNNING tasks whose lease has expired by the database's clock, the longest expired first. */
    public List<Task> leaseExpired(int limit) {
        return entityManager.createQuery("select t from Task t where t.status = :running"
                        + " and t.leaseExpiresAt < current_timestamp order by t.leaseExpiresAt", Task.class)
                .setParameter("running", RUNNING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** SCHEDULED and RETRY_WAIT tasks that are due by the database's clock, the most overdue first. */
    public List<QueuedTask> due(int limit) {
        return entityManager.createQuery("select new io.eetasks.runtime.store.QueuedTask(t.id, t.queue, t.priority) from Task t"
                        + " where t.status in :waiting and t.scheduledAt <= current_timestamp order by t.scheduledAt",
                        QueuedTask.class)
                .setParameter("waiting", WAITING_FOR_TIME)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The earliest due time of a SCHEDULED or RETRY_WAIT task, or {@code null}: one index lookup per status. */
    public Instant nextDue() {
        Instant next = null;
        for (TaskStatus status : WAITING_FOR_TIME) {
            Instant due = entityManager.createQuery("select min(t.scheduledAt) from Task t where t.status = :status",
                            Instant.class)
                    .setParameter("status", status)
                    .getSingleResult();
            if (due != null && (next == null || due.isBefore(next))) {
                next = due;
            }
        }
        return next;
    }

    /** A due SCHEDULED or RETRY_WAIT task to PENDING; false when another node released it first. */
    public boolean release(UUID id) {
        int changed = entityManager.createQuery("update Task t set t.status = :pending, t.updatedAt = :now,"
                        + " t.version = t.version + 1 where t.id = :id and t.status in :waiting")
                .setParameter("pending", PENDING)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("waiting", WAITING_FOR_TIME)
                .executeUpdate();
        return changed == 1;
    }

    /** PENDING, SCHEDULED, RETRY_WAIT or WAITING_FOR_CHILDREN to CANCELLED; false when it was in none of them. */
    public boolean cancelWaiting(UUID id) {
        NOT_RUNNING.forEach(from -> TaskTransitions.check(from, CANCELLED));
        return entityManager.createQuery("update Task t set t.status = :cancelled, t.updatedAt = :now,"
                        + " t.completedAt = :now, t.version = t.version + 1 where t.id = :id and t.status in :waiting")
                .setParameter("cancelled", CANCELLED)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("waiting", NOT_RUNNING)
                .executeUpdate() == 1;
    }

    /**
     * The parent's method returned and its attempt ends WAITING_FOR_CHILDREN with its result, for now
     * waiting for none; false when it is no longer the task's running attempt. Locks the parent's row,
     * so its children are counted after every child that finished before has committed.
     */
    public boolean waitForChildren(RunningAttempt attempt, String resultJson) {
        return endAttempt(attempt, WAITING_FOR_CHILDREN, "result = ?, pending_children = 0", resultJson);
    }

    /** How many children the parent waits for, by status: all its children except callbacks and children run inline. */
    public ChildCounts countChildren(UUID parentId) {
        List<Object[]> rows = entityManager.createQuery("select t.status, count(t) from Task t"
                        + " where t.parentId = :parent and t.joinsParent = true group by t.status", Object[].class)
                .setParameter("parent", parentId)
                .getResultList();
        return ChildCounts.of(rows);
    }

    /** The id of the first of the parent's children (that it waits for) that ended FAILED or CANCELLED, or {@code null}. */
    public UUID firstFailedChild(UUID parentId) {
        return entityManager.createQuery("select t.id from Task t where t.parentId = :parent and t.joinsParent = true"
                        + " and t.status in :failed order by t.completedAt", UUID.class)
                .setParameter("parent", parentId)
                .setParameter("failed", List.of(FAILED, CANCELLED))
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Locks the task's row until the transaction ends; the children that empty a parent's stripes
     * come here one after the other this way, and the last one sees that it is the last.
     */
    public void lock(UUID id) {
        entityManager.createNativeQuery("select id from eet_task where id = ? for update")
                .setParameter(1, id)
                .getResultList();
    }

    /** The task as stored now, also if this transaction read it before. */
    public Task reload(UUID id) {
        Task task = entityManager.find(Task.class, id);
        if (task != null) {
            entityManager.refresh(task);
        }
        return task;
    }

    /** The parent as last committed, or {@code null}. Read after {@link #lock}, it is current. */
    public ParentState parentState(UUID id) {
        return entityManager.createQuery("select t.status, t.pendingChildren, t.childFailure from Task t"
                        + " where t.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(row -> new ParentState((TaskStatus) row[0], ((Number) row[1]).intValue(),
                        row[2] == null ? ChildFailurePolicy.CONTINUE : (ChildFailurePolicy) row[2]))
                .orElse(null);
    }

    /** Sets how many stripes of its children a WAITING_FOR_CHILDREN parent still waits for. */
    public void setPendingChildren(UUID id, int pending) {
        entityManager.createQuery("update Task t set t.pendingChildren = :pending, t.updatedAt = :now"
                        + " where t.id = :id and t.status = :waiting")
                .setParameter("pending", pending)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("waiting", WAITING_FOR_CHILDREN)
                .executeUpdate();
    }

    /** A WAITING_FOR_CHILDREN parent is decided: COMPLETED with its result, or FAILED with {@code error}. */
    public boolean decide(UUID id, TaskStatus to, TaskError error) {
        List<Object> values = new ArrayList<>(List.of(utc(Instant.now())));
        if (error != null) {
            values.addAll(Arrays.asList(errorValues(error)));
        }
        return transition(id, WAITING_FOR_CHILDREN, to, "completed_at = ?, pending_children = 0"
                + (error == null ? "" : ", " + ERROR_ASSIGNMENTS), values.toArray()) == 1;
    }

    /** The task's children (callbacks too), oldest first. */
    public List<Task> children(UUID parentId) {
        return children(parentId, Integer.MAX_VALUE);
    }

    /** The task's first {@code limit} children (callbacks too), oldest first. */
    public List<Task> children(UUID parentId, int limit) {
        return entityManager.createQuery("select t from Task t where t.parentId = :parent order by t.createdAt",
                        Task.class)
                .setParameter("parent", parentId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many children the task has, callbacks included. */
    public long childCount(UUID parentId) {
        return entityManager.createQuery("select count(t) from Task t where t.parentId = :parent", Long.class)
                .setParameter("parent", parentId)
                .getSingleResult();
    }

    /** Ids of the children the task waits for (not its callbacks) that have not finished. */
    public List<UUID> unfinishedChildren(UUID parentId) {
        return entityManager.createQuery("select t.id from Task t where t.parentId = :parent and t.joinsParent = true"
                        + " and t.status not in :terminal order by t.createdAt", UUID.class)
                .setParameter("parent", parentId)
                .setParameter("terminal", TERMINAL)
                .getResultList();
    }

    /** Every task of the tree with this root, oldest first. */
    public List<Task> tree(UUID rootId) {
        return entityManager.createQuery("select t from Task t where t.rootId = :root order by t.createdAt",
                        Task.class)
                .setParameter("root", rootId)
                .getResultList();
    }

    /** Asks a RUNNING task to stop; false when it was not RUNNING. */
    public boolean requestStop(UUID id) {
        return entityManager.createQuery("update Task t set t.cancelRequested = true, t.updatedAt = :now"
                        + " where t.id = :id and t.status = :running")
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("running", RUNNING)
                .executeUpdate() == 1;
    }

    /** The attempt ends CANCELLED after the task stopped on request, keeping its error. */
    public boolean cancelStopped(RunningAttempt attempt, TaskError error) {
        return endAttempt(attempt, CANCELLED, ERROR_ASSIGNMENTS, errorValues(error));
    }

    /** FAILED or CANCELLED to PENDING, with a new run of attempts; false when it was neither. */
    public boolean rerun(UUID id) {
        List.of(FAILED, CANCELLED).forEach(from -> TaskTransitions.check(from, PENDING));
        return entityManager.createQuery("update Task t set t.status = :pending, t.updatedAt = :now,"
                        + " t.attemptOffset = t.attempt, t.cancelRequested = false, t.completedAt = null,"
                        + " t.result = null, t.version = t.version + 1"
                        + " where t.id = :id and t.status in :rerunnable")
                .setParameter("pending", PENDING)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("rerunnable", List.of(FAILED, CANCELLED))
                .executeUpdate() == 1;
    }

    public boolean isCancelRequested(UUID id) {
        return entityManager.createQuery("select t.cancelRequested from Task t where t.id = :id", Boolean.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(false);
    }

    /** Ids of tasks finished (in one of {@code statuses}) before {@code cutoff}, oldest first. */
    public List<UUID> finishedBefore(Collection<TaskStatus> statuses, Instant cutoff, int limit) {
        if (statuses.stream().anyMatch(status -> !status.isTerminal())) {
            throw new IllegalArgumentException("Only finished tasks can be purged, not " + statuses);
        }
        return entityManager.createQuery("select t.id from Task t where t.status in :statuses"
                        + " and t.completedAt < :cutoff order by t.completedAt", UUID.class)
                .setParameter("statuses", statuses)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Deletes the given tasks and their history, if they are still finished; returns how many went. */
    public int deleteFinished(Collection<UUID> ids) {
        entityManager.createQuery("delete from FailedAttempt a where a.taskId in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        stripes.delete(ids);
        keyRows.deleteOf(ids);
        int deleted = entityManager.createQuery("delete from Task t where t.id in :ids and t.status in :terminal")
                .setParameter("ids", ids)
                .setParameter("terminal", TERMINAL)
                .executeUpdate();
        entityManager.createQuery("delete from TaskLabel l where l.taskId in :ids"
                        + " and not exists (select 1 from Task t where t.id = l.taskId)")
                .setParameter("ids", ids)
                .executeUpdate();
        reports.deleteOfDeleted(ids);
        return deleted;
    }

    public void insertAttempt(FailedAttempt attempt) {
        entityManager.persist(attempt);
    }

    public List<FailedAttempt> failedAttempts(UUID taskId) {
        return entityManager.createQuery("select a from FailedAttempt a where a.taskId = :taskId order by a.attempt",
                        FailedAttempt.class)
                .setParameter("taskId", taskId)
                .getResultList();
    }

    /** Records why a PENDING task cannot run yet (its application or task is missing). */
    public void markWaiting(UUID id, String reason) {
        entityManager.createQuery("update Task t set t.waitingFor = :reason"
                        + " where t.id = :id and t.status = :pending")
                .setParameter("reason", reason)
                .setParameter("id", id)
                .setParameter("pending", PENDING)
                .executeUpdate();
    }

    /**
     * Unfinished tasks by status and queue, with since when the oldest PENDING one of each queue could start
     * (as {@link Task#readySince()}).
     */
    public List<BacklogRow> backlog() {
        return entityManager.createQuery("select new io.eetasks.runtime.store.BacklogRow(t.status, t.queue, count(t),"
                        + " min(case when t.status = :pending then (case when t.scheduledAt > t.createdAt then t.scheduledAt"
                        + " else t.createdAt end) end))"
                        + " from Task t where t.status in :unfinished group by t.status, t.queue", BacklogRow.class)
                .setParameter("pending", PENDING)
                // listed, not "not in" the finished ones, so the status index serves it beside millions of finished rows
                .setParameter("unfinished", List.of(PENDING, SCHEDULED, RUNNING, WAITING_FOR_CHILDREN, RETRY_WAIT))
                .getResultList();
    }

    /**
     * PENDING tasks that no consumer has reported waiting (for their application) and whose message
     * was last sent (when they were last changed, or sent again) before {@code cutoff}: longest first.
     */
    public List<OverdueTask> unsentSince(Instant cutoff, int limit) {
        String lastSent = "case when t.sentAsOf is null or t.sentAsOf < t.updatedAt then t.updatedAt"
                + " else t.sentAsOf end";
        return entityManager.createQuery("select new io.eetasks.runtime.store.OverdueTask(t.id, t.queue, t.priority, t.updatedAt)"
                        + " from Task t"
                        + " where t.status = :pending and t.waitingFor is null and " + lastSent + " < :cutoff"
                        + " order by " + lastSent, OverdueTask.class)
                .setParameter("pending", PENDING)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A page of PENDING tasks not waiting for their application, last changed before {@code cutoff}, in (updated at, id) order after {@code after}. */
    public List<PendingTask> pendingAfter(PendingTask after, Instant cutoff, int limit) {
        return entityManager.createQuery("select new io.eetasks.runtime.store.PendingTask(t.id, t.queue, t.priority, t.updatedAt)"
                        + " from Task t where t.status = :pending and t.waitingFor is null and t.updatedAt < :cutoff"
                        + " and (t.updatedAt > :at or (t.updatedAt = :at and t.id > :id))"
                        + " order by t.updatedAt, t.id", PendingTask.class)
                .setParameter("pending", PENDING)
                .setParameter("cutoff", cutoff)
                .setParameter("at", after.updatedAt())
                .setParameter("id", after.id())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * A page of the PENDING tasks of one application that a consumer reported waiting for it (or for a
     * task it lacked), in (updated at, id) order after {@code after}.
     */
    public List<PendingTask> waitingOf(String application, PendingTask after, int limit) {
        return entityManager.createQuery("select new io.eetasks.runtime.store.PendingTask(t.id, t.queue, t.priority, t.updatedAt)"
                        + " from Task t where t.status = :pending and t.application = :application"
                        + " and t.waitingFor is not null"
                        + " and (t.updatedAt > :at or (t.updatedAt = :at and t.id > :id))"
                        + " order by t.updatedAt, t.id", PendingTask.class)
                .setParameter("pending", PENDING)
                .setParameter("application", application)
                .setParameter("at", after.updatedAt())
                .setParameter("id", after.id())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Those of {@code ids} still PENDING that no other transaction holds (a consumer claiming them),
     * locked in id order until this transaction ends: the order claims lock in, so the two never deadlock.
     */
    public Set<UUID> lockUnheldPending(Collection<UUID> ids) {
        List<?> locked = entityManager.createNativeQuery("select id from eet_task where id in (:ids) and status = :pending"
                        + " order by id for update skip locked", UUID.class)
                .setParameter("ids", ids)
                .setParameter("pending", PENDING.name())
                .getResultList();
        return locked.stream().map(UUID.class::cast).collect(Collectors.toSet());
    }

    /** Records that these PENDING tasks' messages are being sent again now; they wait for nothing known. */
    public void markSentAgain(Collection<UUID> ids, Instant now) {
        entityManager.createQuery("update Task t set t.sentAsOf = :now, t.waitingFor = null"
                        + " where t.id in :ids and t.status = :pending")
                .setParameter("now", now)
                .setParameter("ids", ids)
                .setParameter("pending", PENDING)
                .executeUpdate();
    }

    /** Records that these overdue tasks' messages are sent again now, each spaced by {@link ResendSpacing}. */
    public void markSentAgain(List<OverdueTask> tasks, Instant now, Duration after) {
        if (tasks.isEmpty()) {
            return;
        }
        // Each task its own time, all in one round trip.
        batch("update eet_task set sent_as_of = ? where id = ? and status = ?", tasks.stream()
                .map(task -> List.<Object>of(utc(ResendSpacing.sentAsOf(now, task.updatedAt(), after)), task.id(),
                        PENDING.name()))
                .toList());
    }

    /** The tasks among {@code ids} that exist. */
    public List<Task> findAll(Collection<UUID> ids) {
        return entityManager.createQuery("select t from Task t where t.id in :ids", Task.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The tasks among {@code ids} that have finished. */
    public List<Task> finishedAmong(Collection<UUID> ids) {
        return entityManager.createQuery("select t from Task t where t.id in :ids and t.status in :terminal",
                        Task.class)
                .setParameter("ids", ids)
                .setParameter("terminal", TERMINAL)
                .getResultList();
    }

    /**
     * Ends the running attempt: RUNNING to {@code to}, with the assignments (SQL, with {@code ?} for
     * each of {@code values}) and, for a final status, the completion time. Native SQL by primary key:
     * this and the claim run for every task, and a JPQL update would be translated again each time.
     */
    private boolean endAttempt(RunningAttempt attempt, TaskStatus to, String assignments, Object... values) {
        TaskTransitions.check(RUNNING, to);
        OffsetDateTime now = utc(Instant.now());
        List<Object> parameters = new ArrayList<>(List.of(to.name(), now));
        parameters.addAll(Arrays.asList(values));
        if (to.isTerminal()) {
            parameters.add(now);
        }
        parameters.addAll(List.of(attempt.taskId(), RUNNING.name(), attempt.attempt(), attempt.node()));
        return update("update eet_task set status = ?, updated_at = ?, version = version + 1, lease_expires_at = null, "
                + assignments + (to.isTerminal() ? ", completed_at = ?" : "")
                + " where id = ? and " + STATUS_BY_KEY_ONLY + " and attempt = ? and node = ?"
                + (attempt.leaseExpired() ? " and lease_expires_at < current_timestamp" : ""), parameters) == 1;
    }

    /** {@code from} to {@code to}, with the assignments (SQL, with {@code ?} for each of {@code values}), by primary key. */
    private int transition(UUID id, TaskStatus from, TaskStatus to, String assignments, Object... values) {
        TaskTransitions.check(from, to);
        List<Object> parameters = new ArrayList<>(List.of(to.name(), utc(Instant.now())));
        parameters.addAll(Arrays.asList(values));
        parameters.addAll(List.of(id, from.name()));
        return update(transitionSql(assignments), parameters);
    }

    /** A change of status by primary key; parameters: new status, now, the assignments', id, old status. */
    private static String transitionSql(String assignments) {
        return "update eet_task set status = ?, updated_at = ?, version = version + 1, " + assignments
                + " where id = ? and " + STATUS_BY_KEY_ONLY;
    }

    /** Runs one statement with plain JDBC on this transaction's connection: no query to translate. */
    private int update(String sql, List<Object> parameters) {
        return batch(sql, List.of(parameters))[0];
    }

    /** Runs one statement once per row of parameters, as one JDBC batch; returns each row's update count. */
    private int[] batch(String sql, List<List<Object>> rows) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (List<Object> row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static Object[] errorValues(TaskError error) {
        return new Object[] {error.type(), error.message(), error.stackTrace()};
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
