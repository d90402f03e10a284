package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskLogLine;
import io.eetasks.TaskNotFoundException;
import io.eetasks.TaskOptions;
import io.eetasks.TaskProgress;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.SampleTasks;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A task's progress and log: visible while it runs, kept when its attempt rolls back, bounded, and
 * read through TaskService.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressAndLogIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment
    static WebArchive application() {
        return Deployments.application("progress-it", ProgressAndLogIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Test
    void progressAndLogShowWhileTheTaskRunsAndARolledBackAttemptKeepsThem() {
        UUID id = tasks.submit(TaskOptions.defaults(),
                () -> sample.reporting("reporting-" + UUID.randomUUID(), 5, 400, true)).id();

        // Seen from outside, while the first attempt runs: the step it is at, and its progress so far.
        await().atMost(WAIT).until(() -> tasks.find(id).orElseThrow().lastProgress().isPresent());
        TaskInfo running = tasks.find(id).orElseThrow();
        assertThat(running.status()).isEqualTo(TaskStatus.RUNNING);
        assertThat(running.progress().done()).isBetween(1L, 4L);
        assertThat(running.progress().total()).isEqualTo(5);
        assertThat(tasks.log(id)).isNotEmpty().allSatisfy(line -> assertThat(line.attempt()).isEqualTo(1));

        await().atMost(WAIT).until(() -> tasks.find(id).orElseThrow().status() == TaskStatus.COMPLETED);
        TaskInfo done = tasks.find(id).orElseThrow();
        assertThat(done.attempt()).isEqualTo(2);
        TaskProgress progress = done.progress();
        assertThat(progress.done()).isEqualTo(5);
        assertThat(progress.fraction()).isEqualTo(1.0);
        List<TaskLogLine> log = tasks.log(id);
        // The first attempt's lines stay, though its transaction rolled back.
        assertThat(log).extracting(TaskLogLine::message).containsExactly(
                "attempt 1: step 1 of 5", "attempt 1: step 2 of 5", "attempt 1: step 3 of 5", "attempt 1: step 4 of 5",
                "attempt 1: step 5 of 5", "attempt 2: step 1 of 5", "attempt 2: step 2 of 5", "attempt 2: step 3 of 5",
                "attempt 2: step 4 of 5", "attempt 2: step 5 of 5");
        assertThat(log).extracting(TaskLogLine::attempt).containsExactly(1, 1, 1, 1, 1, 2, 2, 2, 2, 2);
        assertThat(log.get(0).loggedAt()).isBeforeOrEqualTo(log.get(9).loggedAt());
    }

    @Test
    void aTaskKeepsItsFirstThousandLinesEachCutAtTwoThousandCharacters() {
        TaskHandle<Void> chatty = tasks.submit(TaskOptions.defaults(), () -> sample.chatty(1_005));
        chatty.await(WAIT);

        List<TaskLogLine> log = tasks.log(chatty.id());
        assertThat(log).hasSize(TaskLogLine.MAX_LINES);
        assertThat(log.get(999).message()).isEqualTo("line 1000");

        TaskHandle<Void> longLine = tasks.submit(TaskOptions.defaults(), () -> sample.chatty(1));
        longLine.await(WAIT);
        assertThat(tasks.log(longLine.id())).singleElement()
                .satisfies(line -> assertThat(line.message()).hasSize(TaskLogLine.MAX_LENGTH));
    }

    @Test
    void aTaskWithoutReportsHasNoProgressAndAnEmptyLogAndAnUnknownTaskIsNamed() {
        TaskHandle<String> echo = sample.echo("quiet");
        echo.await(WAIT);

        assertThat(tasks.find(echo.id()).orElseThrow().lastProgress()).isEmpty();
        assertThat(tasks.log(echo.id())).isEmpty();
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> tasks.log(unknown)).isInstanceOf(TaskNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }
}
