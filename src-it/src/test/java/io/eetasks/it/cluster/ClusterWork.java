package io.eetasks.it.cluster;

import io.eetasks.DistributedTask;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskHandle;
import io.eetasks.TaskOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks that record, in the task's own transaction, that they ran and on which node: a row in
 * {@code it_cluster_run} exists exactly when the attempt that wrote it completed, so the rows count
 * completed executions.
 */
@ApplicationScoped
public class ClusterWork {

    @Resource(lookup = "java:jboss/datasources/TasksDS")
    DataSource dataSource;

    @Inject
    ClusterWork self;

    @Inject
    TaskService tasks;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** How many tasks have held their transaction in this JVM: the crash window is open for them. */
    static final AtomicInteger HELD = new AtomicInteger();

    @DistributedTask(name = "it.cluster-work")
    public void work(String key, long millis) {
        pause(millis);
        record(key);
    }

    /**
     * As {@link #work}, then holds the task's transaction for {@code millis} just before it commits (the
     * method has returned, its outcome is written, the commit has not happened), or just after it has
     * committed (before its message is acknowledged): the windows a crash is aimed at.
     */
    @DistributedTask(name = "it.cluster-held")
    public void held(String key, boolean afterCommit, long millis) {
        record(key);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (!afterCommit) {
                    hold(millis);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (afterCommit && status == Status.STATUS_COMMITTED) {
                    hold(millis);
                }
            }
        });
    }

    private static void hold(long millis) {
        HELD.incrementAndGet();
        pause(millis);
    }

    /** Submits {@code count} of {@link #work} in one transaction. */
    @Transactional
    public void workInOneTransaction(String key, int count, long millis) {
        for (int i = 0; i < count; i++) {
            self.work(key + "-" + i, millis);
        }
    }

    /** As {@link #work}, on the queue {@code reports}, which only some nodes serve. */
    @DistributedTask(name = "it.cluster-report", queue = "reports")
    public void report(String key) {
        record(key);
    }

    /** As {@link #work}, with a handle to await it by. */
    @DistributedTask(name = "it.cluster-timed")
    public TaskHandle<String> timed(String key, long millis) {
        pause(millis);
        record(key);
        return TaskHandle.completed(key);
    }

    /** Submits {@code count} children that run wherever the brokers send them; decided once. */
    @DistributedTask(name = "it.cluster-parent", onAnyCompletion = "it.cluster-parent-decided")
    public TaskHandle<String> parent(String key, int count) {
        for (int i = 0; i < count; i++) {
            self.work(key + "-child", 0);
        }
        return TaskHandle.completed("submitted " + count);
    }

    @DistributedTask(name = "it.cluster-parent-decided")
    public void parentDecided(TaskOutcome outcome) {
        record(outcome.taskId() + "-decided-" + outcome.status());
    }

    /**
     * Runs for {@code millis} under the limit its options name, and records, in its transaction, when it
     * started and ended (by its own clock; the nodes share the host's) and under which key.
     */
    @DistributedTask(name = "it.cluster-limited")
    public void limited(String key, String limitKey, long millis) {
        Instant start = Instant.now();
        pause(millis);
        record(key);
        update("insert into it_cluster_span (task_key, limit_key, node, started_at, ended_at) values (?, ?, ?, ?, ?)",
                key, limitKey, System.getProperty("jboss.node.name"), start.getEpochSecond() * 1_000_000 + start.getNano() / 1000,
                microsNow());
    }

    /** Submits {@code count} of {@link #limited} in one transaction, under the limit, with {@code keys} keys. */
    @Transactional
    public void limitedInOneTransaction(String key, String limit, int keys, int count, long millis) {
        for (int i = 0; i < count; i++) {
            String limitKey = keys <= 1 ? "" : "customer-" + (i % keys);
            String taskKey = key + "-" + i;
            tasks.submit(TaskOptions.defaults().withLimit(limit, limitKey), () -> self.limited(taskKey, limitKey, millis));
        }
    }

    private static long microsNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    void createTable() {
        update("create table if not exists it_cluster_run (task_key varchar(200) not null, node varchar(200) not null)");
        update("create table if not exists it_cluster_span (task_key varchar(200) not null,"
                + " limit_key varchar(200) not null, node varchar(200) not null, started_at bigint not null,"
                + " ended_at bigint not null)");
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into it_cluster_run (task_key, node)"
                     + " values (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, System.getProperty("jboss.node.name"));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
