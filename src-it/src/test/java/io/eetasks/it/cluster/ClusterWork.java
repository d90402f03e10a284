package io.eetasks.it.cluster;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import io.eetasks.TaskOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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

    @DistributedTask(name = "it.cluster-work")
    public void work(String key, long millis) {
        pause(millis);
        record(key);
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

    void createTable() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement create = connection.prepareStatement("create table if not exists it_cluster_run"
                     + " (task_key varchar(200) not null, node varchar(200) not null)")) {
            create.executeUpdate();
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
