package io.eetasks.runtime.limits;

import io.eetasks.TaskLimit;
import io.eetasks.runtime.store.DatabaseTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements on the limits' tables (V22), in the caller's transaction, with plain JDBC on its
 * connection. Rows are locked in one order by every transaction: the limit's row first (only to take or
 * hand over permits), then task rows, then wait and permit rows (docs/permits.md).
 */
@ApplicationScoped
public class LimitTables {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    /** Locks the limit's row until the transaction ends; {@code null} if it is not defined. */
    TaskLimit lock(String name) {
        return one("select name, max_running, max_starts, window_ms from eet_limit where name = ? for update",
                LimitTables::limitOf, name);
    }

    TaskLimit read(String name) {
        return one("select name, max_running, max_starts, window_ms from eet_limit where name = ?",
                LimitTables::limitOf, name);
    }

    List<TaskLimit> readAll() {
        return list("select name, max_running, max_starts, window_ms from eet_limit order by name",
                LimitTables::limitOf);
    }

    /** Defines the limit, or replaces its bounds. */
    void upsert(TaskLimit limit, Instant now) {
        Long window = limit.window() == null ? null : limit.window().toMillis();
        if (update("update eet_limit set max_running = ?, max_starts = ?, window_ms = ?, updated_at = ? where name = ?",
                limit.maxRunning(), limit.maxStarts(), window, now, limit.name()) == 0) {
            update("insert into eet_limit (name, max_running, max_starts, window_ms, updated_at) values (?, ?, ?, ?, ?)",
                    limit.name(), limit.maxRunning(), limit.maxStarts(), window, now);
        }
    }

    /** Its unreleased permits: tasks of the key running, or handed their turn. */
    int running(LimitKey key) {
        return count("select count(*) from eet_permit where limit_name = ? and limit_key = ? and released_at is null",
                key.limit(), key.key());
    }

    /** Its permits granted after {@code since}, or reserved. */
    int startsSince(LimitKey key, Instant since) {
        return count("select count(*) from eet_permit where limit_name = ? and limit_key = ?"
                + " and (granted_at is null or granted_at > ?)", key.limit(), key.key(), since);
    }

    /** The earliest start after {@code since}, or {@code null}. */
    Instant firstStartSince(LimitKey key, Instant since) {
        return one("select min(granted_at) from eet_permit where limit_name = ? and limit_key = ? and granted_at > ?",
                row -> instant(row, 1), key.limit(), key.key(), since);
    }

    boolean hasWaiting(LimitKey key) {
        return count("select count(*) from eet_limit_wait where limit_name = ? and limit_key = ?", key.limit(),
                key.key()) > 0;
    }

    /** Up to {@code limit} waiting tasks of the key, in the order they get permits: priority, then age. */
    List<UUID> waiting(LimitKey key, int limit) {
        return list("select task_id from eet_limit_wait where limit_name = ? and limit_key = ?"
                + " order by urgency, created_at, task_id fetch first " + limit + " rows only",
                row -> row.getObject(1, UUID.class), key.limit(), key.key());
    }

    /** The keys that have waiting tasks. */
    List<LimitKey> keysWithWaiting() {
        return list("select distinct limit_name, limit_key from eet_limit_wait",
                row -> new LimitKey(row.getString(1), row.getString(2)));
    }

    /** Tasks waiting for a permit, per limit. */
    Map<String, Long> waitingByLimit() {
        return countsByLimit("select limit_name, count(*) from eet_limit_wait group by limit_name");
    }

    /** Permits not given back, per limit. */
    Map<String, Long> runningByLimit() {
        return countsByLimit("select limit_name, count(*) from eet_permit where released_at is null group by limit_name");
    }

    private Map<String, Long> countsByLimit(String sql) {
        Map<String, Long> counts = new HashMap<>();
        list(sql, row -> Map.entry(row.getString(1), row.getLong(2)))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /**
     * When the attempt's permit not released was granted, or else reserved for it; {@code null} if it has
     * none.
     */
    Instant permitOf(UUID taskId, int attempt) {
        return one("select coalesce(granted_at, reserved_at) from eet_permit where task_id = ? and attempt = ?"
                + " and released_at is null", row -> instant(row, 1), taskId, attempt);
    }

    /** A permit for the attempt, granted at {@code at}. */
    void grant(UUID taskId, int attempt, LimitKey key, Instant at) {
        update("insert into eet_permit (task_id, attempt, limit_name, limit_key, granted_at) values (?, ?, ?, ?, ?)",
                taskId, attempt, key.limit(), key.key(), at);
    }

    /** A permit for the attempt, reserved at {@code at}: granted when the task starts. */
    void reserve(UUID taskId, int attempt, LimitKey key, Instant at) {
        update("insert into eet_permit (task_id, attempt, limit_name, limit_key, reserved_at) values (?, ?, ?, ?, ?)",
                taskId, attempt, key.limit(), key.key(), at);
    }

    /** The attempt's reserved permit is granted: its start counts from {@code at}. */
    void stamp(UUID taskId, int attempt, Instant at) {
        update("update eet_permit set granted_at = ? where task_id = ? and attempt = ? and granted_at is null",
                at, taskId, attempt);
    }

    /** The PENDING task waits for a permit: it says why, and joins the key's line unless it is in it. */
    void hold(UUID taskId, LimitKey key, int priority, Instant createdAt, String reason) {
        update("update eet_task set waiting_for = ? where id = ? and status = 'PENDING'", reason, taskId);
        update("insert into eet_limit_wait (limit_name, limit_key, urgency, created_at, task_id) select ?, ?, ?, ?, ?"
                        + " from eet_limit where name = ? and not exists (select 1 from eet_limit_wait where task_id = ?)",
                key.limit(), key.key(), 9 - priority, createdAt, taskId, key.limit(), taskId);
    }

    /**
     * The waiting task gets its turn: it leaves the line and, if still PENDING, waits for nothing and gets a
     * reserved permit for its next attempt.
     *
     * @return the task to send, or {@code null} if it is no longer PENDING
     */
    HandedOver handOver(UUID taskId, LimitKey key, Instant now) {
        int woken = update("update eet_task set waiting_for = null, sent_as_of = null, updated_at = ?"
                + " where id = ? and status = 'PENDING'", now, taskId);
        update("delete from eet_limit_wait where task_id = ?", taskId);
        if (woken == 0) {
            return null;
        }
        HandedOver task = one("select id, queue_name, priority, attempt from eet_task where id = ?",
                row -> new HandedOver(row.getObject(1, UUID.class), row.getString(2), row.getInt(3), row.getInt(4) + 1),
                taskId);
        reserve(taskId, task.attempt(), key, now);
        return task;
    }

    /** A task handed its turn: to send to its queue, with a permit reserved for {@code attempt}. */
    record HandedOver(UUID id, String queue, int priority, int attempt) {
    }

    /** Releases the task's unreleased permits; returns their keys. */
    List<LimitKey> release(UUID taskId, Instant now) {
        List<LimitKey> keys = list("select limit_name, limit_key from eet_permit where task_id = ?"
                + " and released_at is null", row -> new LimitKey(row.getString(1), row.getString(2)), taskId);
        if (!keys.isEmpty()) {
            update("update eet_permit set released_at = ? where task_id = ? and released_at is null", now, taskId);
        }
        return keys;
    }

    /** Takes the task out of any line; returns the key it waited for, or {@code null}. */
    LimitKey leaveLine(UUID taskId) {
        LimitKey key = one("select limit_name, limit_key from eet_limit_wait where task_id = ?",
                row -> new LimitKey(row.getString(1), row.getString(2)), taskId);
        if (key != null) {
            update("delete from eet_limit_wait where task_id = ?", taskId);
        }
        return key;
    }

    /**
     * Releases the permits of tasks that neither run nor wait to run (a leak: nothing should leave one),
     * and returns their keys.
     */
    List<LimitKey> releaseStray(Instant now) {
        String stray = " from eet_permit p where p.released_at is null and not exists (select 1 from eet_task t"
                + " where t.id = p.task_id and t.status in ('RUNNING', 'PENDING'))";
        List<LimitKey> keys = list("select distinct p.limit_name, p.limit_key" + stray,
                row -> new LimitKey(row.getString(1), row.getString(2)));
        if (!keys.isEmpty()) {
            update("update eet_permit set released_at = ? where task_id in (select p.task_id" + stray + ")"
                    + " and released_at is null", now);
        }
        return keys;
    }

    /** Takes tasks that are no longer PENDING out of the lines. */
    int dropStrayWaiting() {
        return update("delete from eet_limit_wait where not exists (select 1 from eet_task t where t.id = task_id"
                + " and t.status = 'PENDING')");
    }

    /** Deletes released permits granted (or released) before {@code before}: no window needs them. */
    int deleteReleasedBefore(Instant before) {
        return update("delete from eet_permit where released_at < ? and (granted_at is null or granted_at < ?)",
                before, before);
    }

    private static TaskLimit limitOf(ResultSet row) throws SQLException {
        long window = row.getLong(4);
        boolean hasWindow = !row.wasNull();
        return new TaskLimit(row.getString(1), (Integer) row.getObject(2, Integer.class),
                (Integer) row.getObject(3, Integer.class), hasWindow ? Duration.ofMillis(window) : null);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        return value == null ? null : DatabaseTimes.toInstant(value);
    }

    /** Reads one value of a result row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private int count(String sql, Object... parameters) {
        return one(sql, row -> row.getInt(1), parameters);
    }

    private <T> T one(String sql, RowReader<T> reader, Object... parameters) {
        List<T> rows = list(sql, reader, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) {
        return work(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
                return found;
            }
        });
    }

    private int update(String sql, Object... parameters) {
        return work(connection -> {
            try (PreparedStatement statement = prepared(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(work);
    }
}
