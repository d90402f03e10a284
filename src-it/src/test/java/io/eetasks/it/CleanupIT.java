package io.eetasks.it;

import io.eetasks.it.support.TaskTable;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Retention: 7 days for successes, 30 for the rest, purged every second for the test. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(CleanupIT.ShortRetention.class)
class CleanupIT {

    static class ShortRetention extends SystemPropertiesSetup {
        ShortRetention() {
            super(Map.of("tasks.cleanup.interval", "PT1S",
                    "tasks.cleanup.retention", "P30D",
                    "tasks.cleanup.success-retention", "P7D",
                    "tasks.cleanup.batch-size", "2"));
        }
    }

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("cleanup-it", CleanupIT.class);
    }

    @Inject
    TaskTable table;

    @Test
    @OperateOnDeployment("app")
    void finishedTasksPastTheirRetentionGoWithTheirHistoryAndUnfinishedOnesStay() {
        OffsetDateTime now = OffsetDateTime.now();
        UUID oldSuccess = finished("COMPLETED", now.minusDays(10));
        UUID recentSuccess = finished("COMPLETED", now.minusDays(1));
        UUID recentFailure = finished("FAILED", now.minusDays(10));
        UUID oldFailure = finished("FAILED", now.minusDays(40));
        table.insertFailedAttempt(oldFailure, now.minusDays(40));
        table.insertReports(oldFailure, now.minusDays(40));
        table.insertReports(recentFailure, now.minusDays(10));
        UUID oldCancelled = finished("CANCELLED", now.minusDays(40));
        UUID oldSuccessToo = finished("COMPLETED", now.minusDays(50));
        UUID[] unfinished = {
                table.insert("cleanup-it", "it.old", "[]", "PENDING", now.minusDays(100), null),
                table.insert("cleanup-it", "it.old", "[]", "SCHEDULED", now.minusDays(100), null),
                table.insert("cleanup-it", "it.old", "[]", "RETRY_WAIT", now.minusDays(100), null),
                // Even a running task with a stray finish time is not finished, so it stays.
                table.insert("cleanup-it", "it.old", "[]", "RUNNING", now.minusDays(100), now.minusDays(100))};

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(table.exists(oldSuccess)).isFalse();
            assertThat(table.exists(oldSuccessToo)).isFalse();
            assertThat(table.exists(oldFailure)).isFalse();
            assertThat(table.exists(oldCancelled)).isFalse();
        });
        assertThat(table.attemptsOf(oldFailure)).isZero();
        assertThat(table.reportsOf(oldFailure)).as("labels, progress and log of a purged task").isZero();
        assertThat(table.reportsOf(recentFailure)).as("labels, progress and log of a kept task").isEqualTo(3);
        assertThat(table.exists(recentSuccess)).isTrue();
        assertThat(table.exists(recentFailure)).isTrue();
        for (UUID id : unfinished) {
            assertThat(table.exists(id)).as("unfinished task %s", id).isTrue();
        }
    }

    private UUID finished(String status, OffsetDateTime at) {
        return table.insert("cleanup-it", "it.old", "[]", status, at.minusMinutes(1), at);
    }
}
