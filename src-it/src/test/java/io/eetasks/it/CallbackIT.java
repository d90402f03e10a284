package io.eetasks.it;

import io.eetasks.CallbackCondition;
import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskOutcome;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.CallbackTasks;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class CallbackIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("callback-it", CallbackIT.class);
    }

    @Inject
    Settling settling;

    @Inject
    CallbackTasks watched;

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Test
    @OperateOnDeployment("app")
    void aCompletedTaskSubmitsItsSuccessAndAnyCompletionCallbacksWithItsResult() {
        TaskHandle<String> handle = watched.watched("a", false);
        handle.await(WAIT);

        await().atMost(WAIT).until(() -> executions.count("on-success:" + handle.id()) == 1
                && executions.count("on-any:" + handle.id()) == 1);
        TaskOutcome outcome = (TaskOutcome) executions.noteOf("on-success:" + handle.id());
        assertThat(outcome.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(outcome.taskName()).isEqualTo("it.watched");
        assertThat(outcome.resultJson()).isEqualTo("\"done a\"");
        settling.awaitDeliveries();
        assertThat(executions.count("on-failure:" + handle.id())).isZero();
    }

    @Test
    @OperateOnDeployment("app")
    void aFailedTaskSubmitsItsFailureAndAnyCompletionCallbacksWithItsError() {
        TaskHandle<String> handle = watched.watched("b", true);

        await().atMost(WAIT).until(() -> executions.count("on-failure:" + handle.id()) == 1
                && executions.count("on-any:" + handle.id()) == 1);
        TaskOutcome outcome = (TaskOutcome) executions.noteOf("on-failure:" + handle.id());
        assertThat(outcome.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(outcome.error().message()).isEqualTo("failed b");
        assertThat(executions.count("on-success:" + handle.id())).isZero();
    }

    @Test
    @OperateOnDeployment("app")
    void aCallbackIsAChildOfItsSourceInTheSameTree() {
        TaskHandle<String> handle = watched.watched("c", false);
        handle.await(WAIT);

        await().atMost(WAIT).until(() -> executions.noteOf("on-success:" + handle.id() + ":task") != null);
        UUID callbackId = (UUID) executions.noteOf("on-success:" + handle.id() + ":task");
        TaskInfo callback = tasks.find(callbackId).orElseThrow();
        assertThat(callback.name()).isEqualTo("it.on-success");
        assertThat(callback.parentId()).isEqualTo(handle.id());
        assertThat(callback.rootId()).isEqualTo(handle.info().rootId()).isEqualTo(handle.id());
    }

    @Test
    @OperateOnDeployment("app")
    void aCancelledTaskSubmitsItsAnyCompletionCallback() {
        TaskHandle<String> handle = tasks.submit(TaskOptions.delay(Duration.ofMinutes(5)), () -> watched.watched("d", false));

        tasks.cancel(handle.id());

        await().atMost(WAIT).until(() -> executions.count("on-any:" + handle.id()) == 1);
        assertThat(((TaskOutcome) executions.noteOf("on-any:" + handle.id())).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(executions.count("on-failure:" + handle.id())).isZero();
    }

    @Test
    @OperateOnDeployment("app")
    void callbacksGivenWithTheSubmissionAreSubmittedToo() {
        TaskHandle<String> handle = tasks.submit(
                TaskOptions.defaults().withCallback(CallbackCondition.ON_SUCCESS, "it.on-success"),
                () -> sample.echo("e"));
        handle.await(WAIT);

        await().atMost(WAIT).until(() -> executions.count("on-success:" + handle.id()) == 1);
    }

    @Test
    @OperateOnDeployment("app")
    void aCallbackRegisteredForATaskNameIsSubmittedForEachSuchTaskUntilUnregistered() {
        tasks.registerCallback("it.slow-echo", CallbackCondition.ON_SUCCESS, "it.on-success");
        tasks.registerCallback("it.slow-echo", CallbackCondition.ON_SUCCESS, "it.on-success");
        TaskHandle<String> first = sample.slowEcho("g", 0);
        first.await(WAIT);
        await().atMost(WAIT).until(() -> executions.count("on-success:" + first.id()) == 1);

        assertThat(tasks.unregisterCallback("it.slow-echo", CallbackCondition.ON_SUCCESS, "it.on-success")).isTrue();
        TaskHandle<String> second = sample.slowEcho("h", 0);
        second.await(WAIT);

        settling.awaitDeliveries();
        assertThat(executions.count("on-success:" + second.id())).isZero();
        assertThat(executions.count("on-success:" + first.id())).isEqualTo(1);
        assertThat(tasks.unregisterCallback("it.slow-echo", CallbackCondition.ON_SUCCESS, "it.on-success")).isFalse();
    }

    @Test
    @OperateOnDeployment("app")
    void aCallbackThatFailsFailsAloneAndTheSourceStaysCompleted() {
        TaskHandle<String> handle = watched.watchedByAFailingCallback("f");
        handle.await(WAIT);

        await().atMost(WAIT).until(() -> executions.noteOf("failing-callback:" + handle.id() + ":task") != null);
        UUID callbackId = (UUID) executions.noteOf("failing-callback:" + handle.id() + ":task");
        await().atMost(WAIT).until(() -> tasks.find(callbackId).orElseThrow().status() == TaskStatus.FAILED);
        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(executions.count("failing-callback:" + handle.id())).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void aCallbackTaskHasTheCallbacksItsOwnMethodDeclares() {
        TaskHandle<String> source = watched.chainedSource("i");
        source.await(WAIT);

        await().atMost(WAIT).until(() -> executions.noteOf("chained-callback:" + source.id() + ":task") != null);
        UUID callbackId = (UUID) executions.noteOf("chained-callback:" + source.id() + ":task");
        await().atMost(WAIT).until(() -> executions.count("on-success:" + callbackId) == 1);
        TaskOutcome outcome = (TaskOutcome) executions.noteOf("on-success:" + callbackId);
        assertThat(outcome.taskName()).isEqualTo("it.chained-callback");
    }

    @Test
    @OperateOnDeployment("app")
    void aCallbackNeedsATaskName() {
        assertThatThrownBy(() -> TaskOptions.defaults().withCallback(CallbackCondition.ON_SUCCESS, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the name of a task");
    }
}
