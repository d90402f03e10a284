package io.eetasks.runtime.health.probes;

import jakarta.annotation.Resource;
import io.eetasks.runtime.health.HealthProbes;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ready while the tasks' database answers: without it no task can be submitted, claimed or recorded.
 * Checked through the runtime's own datasource, so a pool that hands out dead connections shows too.
 */
@ApplicationScoped
public class DatabaseProbe implements HealthCheck {

    private static final String NAME = HealthProbes.DATABASE;
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/TasksDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.up(NAME);
            }
            return down("the database is unreachable: a connection from TasksDS did not pass its check within "
                    + TIMEOUT_SECONDS + " s");
        } catch (SQLException | RuntimeException e) {
            return down("the database is unreachable: " + e.getMessage() + rootCause(e));
        }
    }

    /** The first cause says what the pool could not do; the last why (connection refused, authentication...). */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "" : " (" + root + ")";
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }
}
