package io.eetasks.it;

import io.eetasks.RetryPolicy;
import io.eetasks.TaskAttemptInfo;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class RetryAndScheduleIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("retry-it", RetryAndScheduleIT.class);
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
    void aFailingTaskIsRetriedAfterGrowingDelaysUntilItSucceeds() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.flaky(key, 2);

        assertThat(handle.await(WAIT)).isEqualTo("ok after 3");
        TaskInfo info = handle.info();
        assertThat(info.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(info.attempt()).isEqualTo(3);
        List<TaskAttemptInfo> failed = tasks.failedAttempts(handle.id());
        assertThat(failed).extracting(TaskAttemptInfo::attempt).containsExactly(1, 2);
        assertThat(failed).extracting(attempt -> attempt.error().message()).containsExactly("failure 1", "failure 2");
        assertThat(Duration.between(failed.get(0).finishedAt(), failed.get(1).startedAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(failed.get(1).finishedAt(), info.startedAt()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskThatKeepsFailingFailsAfterItsLastAttemptWithEveryErrorKept() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.alwaysFails(key);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOfSatisfying(TaskFailedException.class,
                failed -> assertThat(failed.getError().message()).isEqualTo("failure 2"));
        assertThat(handle.info().attempt()).isEqualTo(2);
        assertThat(executions.count(key)).isEqualTo(2);
        assertThat(tasks.failedAttempts(handle.id())).extracting(attempt -> attempt.error().message())
                .containsExactly("failure 1", "failure 2");
    }

    @Test
    @OperateOnDeployment("app")
    void anExceptionTheTaskAbortsOnFailsItAtOnce() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.rejects(key);

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOfSatisfying(TaskFailedException.class,
                failed -> assertThat(failed.getError().type()).isEqualTo(NumberFormatException.class.getName()));
        assertThat(handle.info().attempt()).isEqualTo(1);
        settling.awaitReleasedBy(Instant.now().plusSeconds(2)); // past a first retry's delay (1 s, +10 %)
        assertThat(executions.count(key)).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void aRetryPolicyGivenWithTheSubmissionOverridesTheMethods() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = tasks.submit(TaskOptions.defaults().withRetry(RetryPolicy.NONE),
                () -> sample.flaky(key, 1));

        assertThatThrownBy(() -> handle.await(WAIT)).isInstanceOf(TaskFailedException.class);
        assertThat(handle.info().attempt()).isEqualTo(1);
        assertThat(handle.info().maxAttempts()).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void aDelayedTaskWaitsScheduledAndRunsOnceDue() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = tasks.submit(TaskOptions.delay(Duration.ofSeconds(2)), () -> sample.echo(key));

        TaskInfo waiting = handle.info();
        assertThat(waiting.status()).isEqualTo(TaskStatus.SCHEDULED);
        assertThat(executions.count(key)).isZero();
        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(handle.info().startedAt()).isAfterOrEqualTo(waiting.scheduledAt());
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskDueInThePastRunsAtOnce() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = tasks.submit(TaskOptions.runAt(Instant.now().minusSeconds(3600)),
                () -> sample.echo(key));

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
    }
}
