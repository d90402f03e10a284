package io.eetasks.runtime.store;

import io.eetasks.TaskError;
import io.eetasks.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static io.eetasks.TaskStatus.CANCELLED;
import static io.eetasks.TaskStatus.COMPLETED;
import static io.eetasks.TaskStatus.FAILED;
import static io.eetasks.TaskStatus.PENDING;
import static io.eetasks.TaskStatus.RETRY_WAIT;
import static io.eetasks.TaskStatus.RUNNING;
import static io.eetasks.TaskStatus.SCHEDULED;

/**
 * Reads and changes stored tasks. Every status change is one conditional update (it names the
 * status it expects), so a duplicate message or a stale node changes nothing.
 */
@ApplicationScoped
public class TaskStore {

    private static final String ERROR_ASSIGNMENTS =
            "t.errorType = :type, t.errorMessage = :message, t.errorStack = :stack";

    /** The statuses of tasks that wait for a point in time; both may go to PENDING. */
    private static final List<TaskStatus> WAITING_FOR_TIME = List.of(SCHEDULED, RETRY_WAIT);

    /** The statuses of tasks that have not started their current attempt; they cancel at once. */
    private static final List<TaskStatus> UNSTARTED = List.of(PENDING, SCHEDULED, RETRY_WAIT);

    static {
        WAITING_FOR_TIME.forEach(from -> TaskTransitions.check(from, PENDING));
    }

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    public void insert(Task task) {
        entityManager.persist(task);
    }

    /** The task, or {@code null}. Reads the database, never a cached copy. */
    public Task find(UUID id) {
        List<Task> found = entityManager.createQuery("select t from Task t where t.id = :id", Task.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * PENDING to RUNNING on {@code node}, holding a lease until {@code leaseUntil}; false when another
     * consumer (or an earlier message) won, or the task was cancelled.
     */
    public boolean claim(UUID id, String node, Instant leaseUntil) {
        return transition(id, PENDING, RUNNING, "t.attempt = t.attempt + 1, t.startedAt = :now, t.node = :node,"
                        + " t.waitingFor = null, t.leaseExpiresAt = :lease",
                query -> query.setParameter("node", node).setParameter("lease", leaseUntil)) == 1;
    }

    /** The attempt ends COMPLETED with the result; false when it is no longer the task's running attempt. */
    public boolean complete(RunningAttempt attempt, String resultJson) {
        return endAttempt(attempt, COMPLETED, "t.result = :result, t.completedAt = :now",
                query -> query.setParameter("result", resultJson));
    }

    /** The attempt ends FAILED with the error; false when it is no longer the task's running attempt. */
    public boolean fail(RunningAttempt attempt, TaskError error) {
        return endAttempt(attempt, FAILED, ERROR_ASSIGNMENTS + ", t.completedAt = :now", withError(error));
    }

    /** The attempt ends, the task waits in RETRY_WAIT until {@code dueAt}; false as for {@link #fail}. */
    public boolean retryLater(RunningAttempt attempt, TaskError error, Instant dueAt) {
        return endAttempt(attempt, RETRY_WAIT, ERROR_ASSIGNMENTS + ", t.scheduledAt = :due",
                query -> withError(error).apply(query).setParameter("due", dueAt));
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

    /** RUNNING tasks whose lease has expired by the database's clock, the longest expired first. */
    public List<Task> leaseExpired(int limit) {
        return entityManager.createQuery("select t from Task t where t.status = :running"
                        + " and t.leaseExpiresAt < current_timestamp order by t.leaseExpiresAt", Task.class)
                .setParameter("running", RUNNING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ids of SCHEDULED and RETRY_WAIT tasks that are due by the database's clock, the most overdue first. */
    public List<UUID> due(int limit) {
        return entityManager.createQuery("select t.id from Task t where t.status in :waiting"
                        + " and t.scheduledAt <= current_timestamp order by t.scheduledAt", UUID.class)
                .setParameter("waiting", WAITING_FOR_TIME)
                .setMaxResults(limit)
                .getResultList();
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

    /** PENDING, SCHEDULED or RETRY_WAIT to CANCELLED; false when the task was in none of them. */
    public boolean cancelWaiting(UUID id) {
        UNSTARTED.forEach(from -> TaskTransitions.check(from, CANCELLED));
        return entityManager.createQuery("update Task t set t.status = :cancelled, t.updatedAt = :now,"
                        + " t.completedAt = :now, t.version = t.version + 1 where t.id = :id and t.status in :unstarted")
                .setParameter("cancelled", CANCELLED)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("unstarted", UNSTARTED)
                .executeUpdate() == 1;
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
        return endAttempt(attempt, CANCELLED, ERROR_ASSIGNMENTS + ", t.completedAt = :now", withError(error));
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
        return entityManager.createQuery("delete from Task t where t.id in :ids and t.status in :terminal")
                .setParameter("ids", ids)
                .setParameter("terminal", List.of(COMPLETED, FAILED, CANCELLED))
                .executeUpdate();
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

    /** Ids of tasks PENDING since before {@code cutoff}, oldest first. */
    public List<UUID> pendingSince(Instant cutoff, int limit) {
        return entityManager.createQuery("select t.id from Task t where t.status = :pending"
                        + " and t.updatedAt < :cutoff order by t.updatedAt", UUID.class)
                .setParameter("pending", PENDING)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ids of PENDING tasks of one application. */
    public List<UUID> pendingOf(String application, int limit) {
        return entityManager.createQuery("select t.id from Task t where t.status = :pending"
                        + " and t.application = :application order by t.updatedAt", UUID.class)
                .setParameter("pending", PENDING)
                .setParameter("application", application)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The tasks among {@code ids} that have finished. */
    public List<Task> finishedAmong(Collection<UUID> ids) {
        return entityManager.createQuery("select t from Task t where t.id in :ids and t.status in :terminal",
                        Task.class)
                .setParameter("ids", ids)
                .setParameter("terminal", List.of(COMPLETED, FAILED, CANCELLED))
                .getResultList();
    }

    private boolean endAttempt(RunningAttempt attempt, TaskStatus to, String assignments,
                               UnaryOperator<Query> parameters) {
        TaskTransitions.check(RUNNING, to);
        Query query = entityManager.createQuery("update Task t set t.status = :to, t.updatedAt = :now,"
                        + " t.version = t.version + 1, t.leaseExpiresAt = null, " + assignments
                        + " where t.id = :id and t.status = :running and t.attempt = :attempt and t.node = :node"
                        + (attempt.leaseExpired() ? " and t.leaseExpiresAt < current_timestamp" : ""))
                .setParameter("to", to)
                .setParameter("now", Instant.now())
                .setParameter("id", attempt.taskId())
                .setParameter("running", RUNNING)
                .setParameter("attempt", attempt.attempt())
                .setParameter("node", attempt.node());
        return parameters.apply(query).executeUpdate() == 1;
    }

    private static UnaryOperator<Query> withError(TaskError error) {
        return query -> query.setParameter("type", error.type())
                .setParameter("message", error.message())
                .setParameter("stack", error.stackTrace());
    }

    private int transition(UUID id, TaskStatus from, TaskStatus to, String assignments,
                           UnaryOperator<Query> parameters) {
        TaskTransitions.check(from, to);
        Query query = entityManager.createQuery("update Task t set t.status = :to, t.updatedAt = :now,"
                        + " t.version = t.version + 1, " + assignments
                        + " where t.id = :id and t.status = :from")
                .setParameter("to", to)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .setParameter("from", from);
        return parameters.apply(query).executeUpdate();
    }
}
