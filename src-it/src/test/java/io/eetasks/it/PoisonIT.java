package io.eetasks.it;

import io.eetasks.TaskInfo;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.TaskQueue;
import io.eetasks.it.support.TaskTable;
import io.eetasks.it.support.Settling;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Poison: messages and tasks that can never run end in a clear state with the reason, once, and the
 * consumers go on; none is delivered or tried again in a loop.
 */
@ExtendWith(ArquillianExtension.class)
class PoisonIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("poison-it", PoisonIT.class);
    }

    @Inject
    Settling settling;

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    TaskQueue queue;

    @Inject
    TaskTable table;

    @Test
    @OperateOnDeployment("app")
    void aMessageThatNamesNoTaskIsDroppedOnceAndTheConsumersGoOn() throws Exception {
        UUID unknown = UUID.randomUUID();
        queue.send(unknown);
        queue.send("not a task id " + unknown);

        String key = UUID.randomUUID().toString();
        assertThat(sample.echo(key).await(WAIT)).isEqualTo("echo:" + key);
        settling.awaitDeliveries();
        assertThat(logLinesWith(unknown.toString())).as("log lines about the two messages").isBetween(1L, 2L);
    }

    @Test
    @OperateOnDeployment("app")
    void argumentsThatAreNotJsonFailTheTaskAtOnceWithTheReason() {
        assertFailsAtOnce("[\"unfinished", "The arguments of task it.echo are not a JSON array");
    }

    @Test
    @OperateOnDeployment("app")
    void argumentsOfAnotherTypeFailTheTaskAtOnceWithTheReason() {
        assertFailsAtOnce("[{\"not\": \"a string\"}]", "Argument 1 of task it.echo is not the java.lang.String");
    }

    @Test
    @OperateOnDeployment("app")
    void argumentsOfAnOlderSignatureFailTheTaskAtOnceNamingTheMismatch() {
        assertFailsAtOnce("[\"a\", 2]", "The arguments of task it.echo are 2 but its method takes 1");
    }

    private void assertFailsAtOnce(String payload, String reason) {
        UUID id = table.insertPendingWithRetries("poison-it", "it.echo", payload);
        queue.send(id);

        TaskInfo task = awaitFinished(id);
        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.attempt()).as("attempts").isEqualTo(1);
        assertThat(task.error().type()).isEqualTo("io.eetasks.TaskArgumentsException");
        assertThat(task.error().message()).contains(reason);
    }

    @Test
    @OperateOnDeployment("app")
    void tenMegabytesOfArgumentsRunAndAreKept() {
        String big = "x".repeat(10 * 1024 * 1024);

        assertThat(sample.echo(big).await(WAIT)).hasSize(big.length() + "echo:".length());
    }

    private TaskInfo awaitFinished(UUID id) {
        await().atMost(WAIT).until(() -> tasks.find(id).map(task -> task.status().isTerminal()).orElse(false));
        return tasks.find(id).orElseThrow();
    }

    private static long logLinesWith(String text) throws Exception {
        try (var lines = Files.lines(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"))) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }
}
