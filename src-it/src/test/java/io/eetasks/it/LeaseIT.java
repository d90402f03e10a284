package io.eetasks.it;

import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskFailedException;
import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.TaskTable;
import io.eetasks.it.support.Settling;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Leases of 3 s, renewed every second, so that a dead node's task is taken over quickly. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(LeaseIT.ShortLeases.class)
class LeaseIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static class ShortLeases extends SystemPropertiesSetup {
        ShortLeases() {
            super(Map.of("tasks.lease.duration", "PT3S", "tasks.result-wait", "PT2S"));
        }
    }

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("lease-it", LeaseIT.class);
    }

    @Inject
    Settling settling;

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Inject
    TaskTable table;

    @Test
    @OperateOnDeployment("app")
    void aTaskWhoseNodeDiedIsTakenOverOnceAndRunsAgain() {
        String key = UUID.randomUUID().toString();
        UUID id = table.insertRunning("lease-it", "it.echo", "[\"" + key + "\"]", "dead-node", 3,
                OffsetDateTime.now().minusSeconds(1));

        assertThat(tasks.await(id, String.class, WAIT)).isEqualTo("echo:" + key);

        assertThat(tasks.find(id).orElseThrow().attempt()).isEqualTo(2);
        assertThat(executions.count(key)).isEqualTo(1);
        assertThat(tasks.failedAttempts(id)).singleElement().satisfies(attempt -> {
            assertThat(attempt.attempt()).isEqualTo(1);
            assertThat(attempt.error().type()).isEqualTo("io.eetasks.LeaseExpiredException");
            assertThat(attempt.error().message()).contains("on node dead-node");
        });
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskWhoseNodeDiedWithNoAttemptsLeftFailsWithTheReason() {
        UUID id = table.insertRunning("lease-it", "it.echo", "[\"x\"]", "dead-node", 1,
                OffsetDateTime.now().minusSeconds(1));

        assertThatThrownBy(() -> tasks.await(id, String.class, WAIT))
                .isInstanceOfSatisfying(TaskFailedException.class, failed ->
                        assertThat(failed.getError().message()).contains("lease expired").contains("dead-node"));
        assertThat(tasks.failedAttempts(id)).hasSize(1);
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskThatRunsLongerThanItsLeaseKeepsItByRenewing() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.slowEcho(key, 8_000);

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(handle.info().attempt()).isEqualTo(1);
        assertThat(executions.count(key)).isEqualTo(1);
        assertThat(tasks.failedAttempts(handle.id())).isEmpty();
    }

    @Test
    @OperateOnDeployment("app")
    void aNodeWhoseAttemptWasTakenOverCannotRecordItsResult() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.slowEcho(key, 3_000);
        await().atMost(WAIT).until(() -> handle.status() == TaskStatus.RUNNING);

        table.takeOver(handle.id(), 2, "other-node", OffsetDateTime.now().plusSeconds(8));

        await().atMost(WAIT).until(() -> executions.count(key) == 1);
        settling.awaitDeliveries(); // the first attempt has returned, and its delivery ended
        TaskInfo taken = handle.info();
        assertThat(taken.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(taken.attempt()).isEqualTo(2);
        assertThat(table.result(handle.id())).isNull();
        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        TaskInfo done = handle.info();
        assertThat(done.attempt()).isEqualTo(3);
        assertThat(executions.count(key)).isEqualTo(2);
        assertThat(tasks.failedAttempts(handle.id())).extracting(TaskAttemptInfo::attempt).containsExactly(2);
    }

    @Test
    @OperateOnDeployment("app")
    void aStageThatNeverCompletesFailsItsAttemptInsteadOfHoldingTheConsumer() {
        String key = UUID.randomUUID().toString();

        // The task has no timeout; this server waits for a returned stage at most 2 s (tasks.result-wait).
        CompletableFuture<String> stage = sample.neverCompletes(key).toCompletableFuture();

        assertThatThrownBy(() -> stage.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                .cause().isInstanceOfSatisfying(TaskFailedException.class, failed -> {
                    assertThat(failed.getError().type()).isEqualTo(TimeoutException.class.getName());
                    assertThat(failed.getError().message()).contains("it.never-completes",
                            "returned a CompletionStage that did not complete within PT2S");
                });
        assertThat(executions.count(key)).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void anAttemptPastItsTimeoutIsRolledBackAndFailsWithTheReason() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.tooSlow(key);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOfSatisfying(TaskFailedException.class, failed -> {
            assertThat(failed.getError().type()).isEqualTo("io.eetasks.AttemptTimedOutException");
            assertThat(failed.getError().message()).contains("longer than the task's timeout of PT1S");
        });
        assertThat(table.result(handle.id())).isNull();
    }
}
