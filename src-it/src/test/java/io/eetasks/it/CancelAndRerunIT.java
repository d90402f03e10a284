package io.eetasks.it;

import java.time.Instant;
import io.eetasks.TaskCancelledException;
import io.eetasks.TaskContext;
import io.eetasks.TaskFailedException;
import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.Settling;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class CancelAndRerunIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("cancel-it", CancelAndRerunIT.class);
    }

    @Inject
    Settling settling;

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Test
    @OperateOnDeployment("app")
    void aCancelledScheduledTaskNeverRuns() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = tasks.submit(TaskOptions.delay(Duration.ofSeconds(2)), () -> sample.echo(key));

        assertThat(tasks.cancel(handle.id())).isEqualTo(TaskStatus.CANCELLED);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(TaskCancelledException.class);
        settling.awaitReleasedBy(handle.info().scheduledAt());
        assertThat(executions.count(key)).isZero();
        assertThat(handle.status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskCancelledWhileWaitingForItsRetryIsNotRetried() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.flaky(key, 5);
        await().atMost(WAIT).until(() -> handle.status() == TaskStatus.RETRY_WAIT);
        Instant retryDue = handle.info().scheduledAt();

        assertThat(tasks.cancel(handle.id())).isEqualTo(TaskStatus.CANCELLED);

        settling.awaitReleasedBy(retryDue);
        assertThat(executions.count(key)).isEqualTo(1);
        assertThat(handle.status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    @OperateOnDeployment("app")
    void aRunningTaskIsAskedToStopAndEndsCancelledWhenItDoes() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.cooperative(key);
        await().atMost(WAIT).until(() -> handle.status() == TaskStatus.RUNNING);

        assertThat(tasks.cancel(handle.id())).isEqualTo(TaskStatus.RUNNING);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(TaskCancelledException.class);
        assertThat(handle.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(handle.info().error().type()).isEqualTo(TaskCancelledException.class.getName());
    }

    @Test
    @OperateOnDeployment("app")
    void aRunningTaskThatFinishesAnywayIsCompleted() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.slowEcho(key, 1_500);
        await().atMost(WAIT).until(() -> handle.status() == TaskStatus.RUNNING);

        assertThat(tasks.cancel(handle.id())).isEqualTo(TaskStatus.RUNNING);

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    @OperateOnDeployment("app")
    void aFinishedTaskIsLeftAsItIs() {
        TaskHandle<String> handle = sample.echo(UUID.randomUUID().toString());
        handle.await(WAIT);

        assertThat(tasks.cancel(handle.id())).isEqualTo(TaskStatus.COMPLETED);
        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    @OperateOnDeployment("app")
    void aFailedTaskRunsAgainWithANewSetOfAttempts() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.flaky(key, 3);
        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(TaskFailedException.class);

        tasks.rerun(handle.id());

        assertThat(handle.await(WAIT)).isEqualTo("ok after 4");
        assertThat(handle.info().attempt()).isEqualTo(4);
        assertThat(tasks.failedAttempts(handle.id())).hasSize(3);
    }

    @Test
    @OperateOnDeployment("app")
    void onlyFailedOrCancelledTasksRunAgain() {
        TaskHandle<String> handle = sample.echo(UUID.randomUUID().toString());
        handle.await(WAIT);

        assertThatThrownBy(() -> tasks.rerun(handle.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is COMPLETED; only FAILED or CANCELLED tasks can be run again");
    }

    @Test
    @OperateOnDeployment("app")
    void aCancelRacingWithTheStartHasOneWinner() {
        String prefix = UUID.randomUUID() + "-";
        List<TaskHandle<String>> handles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            TaskHandle<String> handle = sample.echo(prefix + i);
            tasks.cancel(handle.id());
            handles.add(handle);
        }

        await().atMost(WAIT).until(() -> handles.stream().allMatch(handle -> handle.status().isTerminal()));
        for (int i = 0; i < handles.size(); i++) {
            TaskInfo task = handles.get(i).info();
            int runs = executions.count(prefix + i);
            if (task.status() == TaskStatus.CANCELLED) {
                assertThat(runs).as("runs of cancelled task %s", task.id()).isZero();
                assertThat(task.attempt()).isZero();
            } else {
                assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
                assertThat(runs).as("runs of completed task %s", task.id()).isEqualTo(1);
            }
        }
    }

    @Test
    @OperateOnDeployment("app")
    void outsideATaskThereIsNoTaskContext() {
        assertThat(TaskContext.current()).isEmpty();
    }
}
