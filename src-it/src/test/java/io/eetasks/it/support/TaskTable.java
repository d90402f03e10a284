package io.eetasks.it.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and writes the task table directly, to check what was (not) stored. */
@ApplicationScoped
public class TaskTable {

    @Resource(lookup = "java:jboss/datasources/TasksDS")
    DataSource dataSource;

    public long countNamed(String name) {
        return queryLong("select count(*) from eet_task where name = ?", name);
    }

    public String status(UUID id) {
        return queryString("select status from eet_task where id = ?", id);
    }

    public String waitingFor(UUID id) {
        return queryString("select waiting_for from eet_task where id = ?", id);
    }

    /** Stores a PENDING task as if some application had submitted it, and returns its id. */
    public UUID insertPending(String application, String name, String payload) {
        return insert(application, name, payload, "PENDING", OffsetDateTime.now(), null);
    }

    /** As {@link #insertPending(String, String, String)}, with three attempts, retried at once. */
    public UUID insertPendingWithRetries(String application, String name, String payload) {
        UUID id = insertPending(application, name, payload);
        update("update eet_task set max_attempts = 3 where id = ?", id);
        return id;
    }

    /** Stores a task in any status, created and (if given) finished at the given times. */
    public UUID insert(String application, String name, String payload, String status, OffsetDateTime createdAt,
                       OffsetDateTime completedAt) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into eet_task (id, name,"
                     + " application, status, payload, attempt, max_attempts, created_at, updated_at,"
                     + " completed_at, root_id, version) values (?, ?, ?, ?, ?, 0, 1, ?, ?, ?, ?, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, application);
            insert.setString(4, status);
            insert.setString(5, payload);
            insert.setObject(6, createdAt);
            insert.setObject(7, createdAt);
            insert.setObject(8, completedAt);
            insert.setObject(9, id);
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a task RUNNING on {@code node} in its first attempt, with a lease until {@code leaseUntil}. */
    public UUID insertRunning(String application, String name, String payload, String node, int maxAttempts,
                              OffsetDateTime leaseUntil) {
        UUID id = insert(application, name, payload, "RUNNING", OffsetDateTime.now(), null);
        update("update eet_task set attempt = 1, node = ?, max_attempts = ?, lease_expires_at = ?, started_at = ?"
                + " where id = ?", node, maxAttempts, leaseUntil, OffsetDateTime.now(), id);
        return id;
    }

    /** Makes a running task look as if another node had taken it over in a later attempt. */
    public void takeOver(UUID id, int attempt, String node, OffsetDateTime leaseUntil) {
        update("update eet_task set attempt = ?, node = ?, lease_expires_at = ? where id = ?",
                attempt, node, leaseUntil, id);
    }

    /**
     * Stores {@code count} PENDING tasks created at {@code createdAt} that a consumer has reported
     * waiting for {@code reason}, and no message for them.
     */
    public void insertWaiting(String application, String name, int count, OffsetDateTime createdAt, String reason) {
        for (int i = 0; i < count; i++) {
            // One statement: a PENDING task without its reason, even for a moment, is one the re-dispatch sends.
            UUID id = UUID.randomUUID();
            update("insert into eet_task (id, name, application, status, payload, attempt, max_attempts, created_at,"
                    + " updated_at, root_id, waiting_for, version) values (?, ?, ?, 'PENDING', '[]', 0, 1, ?, ?, ?, ?, 0)",
                    id, name, application, createdAt, createdAt, id, reason);
        }
    }

    /** How many tasks of the application the re-dispatch has sent again. */
    public long countSentAgain(String application) {
        return queryLong("select count(*) from eet_task where application = ? and sent_as_of is not null",
                application);
    }

    /** When the task's message counts as sent as of, if the re-dispatch has sent it again. */
    public OffsetDateTime sentAsOf(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select sent_as_of from eet_task where id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1, OffsetDateTime.class) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void deleteOf(String application) {
        update("delete from eet_task where application = ?", application);
    }

    public String node(UUID id) {
        return queryString("select node from eet_task where id = ?", id);
    }

    public String result(UUID id) {
        return queryString("select result from eet_task where id = ?", id);
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a failed attempt to a task's history. */
    public void insertFailedAttempt(UUID taskId, OffsetDateTime finishedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into eet_task_attempt (id, task_id,"
                     + " attempt, finished_at, error_type) values (?, ?, 1, ?, 'java.lang.IllegalStateException')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, taskId);
            insert.setObject(3, finishedAt);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "created at;node" of each task whose payload contains {@code text}, oldest first. */
    public List<String> createdWith(String text) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select created_at, node from eet_task"
                     + " where payload like ? order by created_at")) {
            query.setString(1, "%" + text + "%");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getObject(1, OffsetDateTime.class).toInstant() + ";" + result.getString(2));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scheduled time of each task whose payload contains {@code text} (null where it has none). */
    public List<OffsetDateTime> scheduledTimesOf(String text) {
        List<OffsetDateTime> times = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select scheduled_at from eet_task"
                     + " where payload like ? order by created_at")) {
            query.setString(1, "%" + text + "%");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    times.add(result.getObject(1, OffsetDateTime.class));
                }
            }
            return times;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The task name of an application's recurring schedule, or {@code null} if it has none by that name. */
    public String scheduledTask(String application, String schedule) {
        return queryString("select task_name from eet_schedule where application = ? and name = ?", application,
                schedule);
    }

    public boolean exists(UUID id) {
        return status(id) != null;
    }

    /** Gives the task a label row, a progress row and a log line, as a labelled task that reported would have. */
    public void insertReports(UUID taskId, OffsetDateTime at) {
        update("insert into eet_task_label (label, created_at, task_id) values (?, ?, ?)", "it-label", at, taskId);
        update("insert into eet_task_progress (task_id, done, total, updated_at) values (?, 1, 2, ?)", taskId, at);
        update("insert into eet_task_log (task_id, seq, attempt, logged_at, message) values (?, 1, 1, ?, 'a line')",
                taskId, at);
    }

    /** The label, progress and log rows of the task. */
    public long reportsOf(UUID taskId) {
        return queryLong("select (select count(*) from eet_task_label where task_id = ?)"
                + " + (select count(*) from eet_task_progress where task_id = ?)"
                + " + (select count(*) from eet_task_log where task_id = ?)", taskId, taskId, taskId);
    }

    /** The permits of the limit not given back. */
    public long unreleasedPermits(String limit) {
        return queryLong("select count(*) from eet_permit where limit_name = ? and released_at is null", limit);
    }

    public long attemptsOf(UUID taskId) {
        return queryLong("select count(*) from eet_task_attempt where task_id = ?", taskId);
    }

    private long queryLong(String sql, Object... parameters) {
        return Long.parseLong(queryString(sql, parameters));
    }

    private String queryString(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
