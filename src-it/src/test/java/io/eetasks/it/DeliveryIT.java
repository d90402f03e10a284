package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.TaskQueue;
import io.eetasks.it.support.TaskTable;
import io.eetasks.it.support.Settling;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class DeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("delivery-it", DeliveryIT.class);
    }

    @Inject
    Settling settling;

    @Inject
    SampleTasks sample;

    @Inject
    Executions executions;

    @Inject
    TaskQueue queue;

    @Inject
    TaskTable table;

    @Resource
    ManagedExecutorService executor;

    @Test
    @OperateOnDeployment("app")
    void aMessageDeliveredAgainAfterTheTaskRanChangesNothing() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.echo(key);
        handle.await(WAIT);

        queue.send(handle.id());
        queue.send(handle.id());

        settling.awaitDeliveries();
        assertThat(executions.count(key)).isEqualTo(1);
        assertThat(handle.info().attempt()).isEqualTo(1);
        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    @OperateOnDeployment("app")
    void messagesRacingForOneTaskRunItOnce() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.slowEcho(key, 300);
        for (int i = 0; i < 4; i++) {
            queue.send(handle.id());
        }

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        settling.awaitDeliveries();
        assertThat(executions.count(key)).isEqualTo(1);
        assertThat(handle.info().attempt()).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskNameNoApplicationProvidesWaitsIsReportedAndTheConsumerKeepsWorking() {
        UUID id = table.insertPending("delivery-it", "it.no-such-task", "[]");

        queue.send(id);

        await().atMost(WAIT).untilAsserted(() -> assertThat(table.waitingFor(id))
                .isEqualTo("Application delivery-it provides no task named it.no-such-task;"
                        + " the task waits for a version that does"));
        assertThat(table.status(id)).isEqualTo("PENDING");
        String key = UUID.randomUUID().toString();
        assertThat(sample.echo(key).await(WAIT)).isEqualTo("echo:" + key);
        assertThat(table.status(id)).isEqualTo("PENDING");
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskOfAnApplicationThatIsNotDeployedWaitsForIt() {
        UUID id = table.insertPending("absent-app", "it.echo", "[\"x\"]");

        queue.send(id);

        await().atMost(WAIT).untilAsserted(() -> assertThat(table.waitingFor(id))
                .isEqualTo("Application absent-app is not deployed; the task waits for it"));
        assertThat(table.status(id)).isEqualTo("PENDING");
    }

    @Test
    @OperateOnDeployment("app")
    void tasksWaitingForAnAbsentApplicationDoNotKeepALostMessageFromBeingSentAgain() {
        // More of them than one round of the re-dispatch sends (500), and older than the lost one.
        String absent = "absent-" + UUID.randomUUID();
        table.insertWaiting(absent, "it.echo", 600, OffsetDateTime.now().minusHours(1),
                "Application " + absent + " is not deployed; the task waits for it");
        try {
            UUID lost = table.insertPending("delivery-it", "it.echo", "[\"lost\"]");

            // The server re-sends what has been PENDING for 10 s, looking every 2 s.
            await().atMost(Duration.ofSeconds(40)).until(() -> "COMPLETED".equals(table.status(lost)));
            assertThat(table.countSentAgain(absent)).as("waiting tasks sent again").isZero();
        } finally {
            table.deleteOf(absent);
        }
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskThatWaitedAnHourIsNotSentAgainForAnotherHour() {
        // PENDING for an hour with no consumer reporting it: as a task deep in a queue backlog would be.
        String absent = "backlog-" + UUID.randomUUID();
        UUID waited = table.insert(absent, "it.echo", "[]", "PENDING", OffsetDateTime.now().minusHours(1), null);
        try {
            await().atMost(Duration.ofSeconds(40)).until(() -> table.sentAsOf(waited) != null);

            // Sent again once now; the next time is counted an hour on, not every round.
            assertThat(table.sentAsOf(waited)).isAfter(OffsetDateTime.now().plusMinutes(55));
        } finally {
            table.deleteOf(absent);
        }
    }

    @Test
    @OperateOnDeployment("app")
    void aThousandTasksSubmittedAtOnceAllComplete() {
        String prefix = UUID.randomUUID() + "-";
        List<CompletableFuture<List<TaskHandle<String>>>> submitters = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int first = thread * 250;
            submitters.add(CompletableFuture.supplyAsync(() -> IntStream.range(first, first + 250)
                    .mapToObj(i -> sample.echo(prefix + i)).toList(), executor));
        }
        List<TaskHandle<String>> handles = submitters.stream().flatMap(s -> s.join().stream()).toList();

        assertThat(handles).hasSize(1_000);
        for (int i = 0; i < handles.size(); i++) {
            TaskHandle<String> handle = handles.get(i);
            String key = prefix + i;
            assertThat(handle.await(Duration.ofSeconds(120))).isEqualTo("echo:" + key);
        }
        assertThat(IntStream.range(0, 1_000).map(i -> executions.count(prefix + i))).containsOnly(1);
    }
}
