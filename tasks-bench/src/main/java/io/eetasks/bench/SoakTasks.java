package io.eetasks.bench;

import io.eetasks.DistributedTask;
import io.eetasks.TaskRetry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tasks of the soak (bench/soak.sh): each records its run, in the task's own transaction, as a row of
 * {@code bench_soak_run} (the script creates the table), so that the rows count completed executions
 * and a key with two rows ran twice. The failing kind records its run too and then throws: its row is
 * rolled back with the attempt, so a row of it would be a completion that should not exist.
 */
@ApplicationScoped
public class SoakTasks {

    @Resource(lookup = "java:jboss/datasources/TasksDS")
    DataSource dataSource;

    @DistributedTask(name = "bench.soak")
    public void work(String key, long millis) {
        pause(millis);
        record(key);
    }

    /** Always fails, at its only attempt: it is expected to end FAILED, once. */
    @DistributedTask(name = "bench.soak-fail")
    @TaskRetry(maxAttempts = 1)
    public void fail(String key, long millis) {
        pause(millis);
        record(key);
        throw new IllegalStateException("the soak's failing task " + key + " fails on purpose");
    }

    private void record(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into bench_soak_run (task_key, node) values (?, ?)")) {
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
