package io.eetasks.it;

import io.eetasks.TaskFailedException;
import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskNotFoundException;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.TaskTimeoutException;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.TaskTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class SubmitAndRunIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "demo", order = 2, testable = false)
    static WebArchive demo() {
        return Deployments.demoWar();
    }

    @Deployment(name = "app", order = 3)
    static WebArchive application() {
        return Deployments.application("submit-it", SubmitAndRunIT.class, Deployments.class);
    }

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
    void anotherApplicationsTaskIsNotThisOnesToSeeOrControl() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:8080/tasks-demo/api/greetings?name=Ada"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        UUID id = UUID.fromString(Json.createReader(new StringReader(response.body())).readObject().getString("taskId"));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(table.status(id)));

        assertThat(tasks.find(id)).isEmpty();
        assertThatThrownBy(() -> tasks.await(id, String.class, WAIT)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> tasks.cancel(id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> tasks.rerun(id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> tasks.children(id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> tasks.tree(id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> tasks.failedAttempts(id)).isInstanceOf(TaskNotFoundException.class);
        assertThat(table.status(id)).isEqualTo("COMPLETED");
    }

    @Test
    @OperateOnDeployment("app")
    void theDemoAnswersAMistypedTaskIdWithWhatIsWrong() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                URI.create("http://localhost:8080/tasks-demo/api/tasks/not-a-uuid/result")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'not-a-uuid' is not a task id");
    }

    @Resource
    ManagedExecutorService threads;

    @Test
    @OperateOnDeployment("app")
    void aSubmissionWithAKeyAnEarlierOneHadReturnsThatTask() {
        String key = "order-" + UUID.randomUUID();

        TaskHandle<String> first = tasks.submit(TaskOptions.defaults().withIdempotencyKey(key), () -> sample.ownKey(key + "-a"));
        TaskHandle<String> again = tasks.submit(TaskOptions.defaults().withIdempotencyKey(key), () -> sample.ownKey(key + "-b"));
        TaskHandle<String> otherTask = tasks.submit(TaskOptions.defaults().withIdempotencyKey(key), () -> sample.echo(key));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(otherTask.id()).as("keys are per task name").isNotEqualTo(first.id());
        assertThat(again.await(WAIT)).as("the key, as the running task reads it").isEqualTo(key);
        assertThat(otherTask.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(executions.count(key + "-a")).isEqualTo(1);
        assertThat(executions.count(key + "-b")).isZero();
        assertThat(sample.ownKey(key + "-plain").await(WAIT)).isEqualTo("none");
        assertThatThrownBy(() -> TaskOptions.defaults().withIdempotencyKey(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key");
    }

    @Test
    @OperateOnDeployment("app")
    void submissionsWithOneKeyRacingInTheirOwnTransactionsMakeOneTask() throws Exception {
        String key = "race-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UUID>> racers = IntStream.range(0, 8).mapToObj(i -> threads.submit(() -> {
            start.await();
            return tasks.submit(TaskOptions.defaults().withIdempotencyKey(key), () -> sample.ownKey(key + "-" + i)).id();
        })).toList();

        start.countDown();
        List<UUID> ids = new ArrayList<>();
        for (Future<UUID> racer : racers) {
            ids.add(racer.get(60, TimeUnit.SECONDS));
        }

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(tasks.await(ids.get(0), String.class, WAIT)).isEqualTo(key);
        assertThat(table.createdWith(key)).hasSize(1);
    }

    @Test
    @OperateOnDeployment("app")
    void aSubmittedTaskRunsOnceInItsApplicationAndGivesItsResult() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.echo(key);

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(executions.count(key)).isEqualTo(1);
        TaskInfo info = handle.info();
        assertThat(info.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(info.application()).isEqualTo("submit-it");
        assertThat(info.attempt()).isEqualTo(1);
        assertThat(info.completedAt()).isNotNull();
    }

    @Test
    @OperateOnDeployment("app")
    void everyTaskRunsInARequestContextOfItsOwn() {
        String key = UUID.randomUUID().toString();

        List<TaskHandle<Integer>> handles = IntStream.range(0, 50).mapToObj(i -> sample.touchRequestState(key)).toList();

        assertThat(handles).allSatisfy(handle -> assertThat(handle.await(WAIT)).isEqualTo(1));
        assertThat(executions.count(key)).isEqualTo(50);
    }

    @Test
    @OperateOnDeployment("app")
    void theCallReturnsBeforeTheTaskRuns() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.slowEcho(key, 1_000);

        assertThat(handle.id()).isNotNull();
        assertThat(handle.status()).isIn(TaskStatus.PENDING, TaskStatus.RUNNING);
        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
    }

    @Test
    @OperateOnDeployment("app")
    void invalidArgumentsAreRejectedBeforeAnythingIsRecorded() {
        long before = table.countNamed("it.validated");

        assertThatThrownBy(() -> sample.validated(" ", 0))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("it.validated")
                .hasMessageContaining("nothing was submitted")
                .hasMessageContaining("validated.text")
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations()).hasSize(2));
        assertThat(table.countNamed("it.validated")).isEqualTo(before);
    }

    @Test
    @OperateOnDeployment("app")
    void aThrowingTaskFailsWithItsErrorAndStackTraceRecorded() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.explode(key);

        assertThatThrownBy(() -> handle.await(WAIT))
                .isInstanceOfSatisfying(TaskFailedException.class, failed -> {
                    assertThat(failed.getTaskId()).isEqualTo(handle.id());
                    assertThat(failed.getError().type()).isEqualTo(IllegalStateException.class.getName());
                    assertThat(failed.getError().message()).isEqualTo("boom " + key);
                    assertThat(failed.getError().stackTrace()).contains("SampleTasks.explode");
                })
                .hasMessageContaining("it.explode");
        assertThat(handle.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(executions.count(key)).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void executeNowRunsTheTaskInTheCallersThreadAndRecordsIt() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = tasks.submit(TaskOptions.executeNow(), () -> sample.echo(key));

        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(executions.threads(key)).containsExactly(Thread.currentThread().getName());
        assertThat(handle.await(Duration.ZERO)).isEqualTo("echo:" + key);
    }

    @Test
    @OperateOnDeployment("app")
    void aMethodDeclaredExecuteNowRunsInTheCallersThreadOnEveryCall() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.immediate(key);

        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(executions.threads(key)).containsExactly(Thread.currentThread().getName());
        assertThat(handle.await(Duration.ZERO)).isEqualTo("now:" + key);
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskReturningACompletionStageCompletesTheCallersFuture() throws Exception {
        String key = UUID.randomUUID().toString();

        Integer length = sample.length(key).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(length).isEqualTo(key.length());
    }

    @Test
    @OperateOnDeployment("app")
    void aVoidTaskRunsToo() {
        String key = UUID.randomUUID().toString();

        sample.fireAndForget(key);

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> executions.count(key) == 1);
    }

    @Test
    @OperateOnDeployment("app")
    void aVoidTaskSubmittedThroughTheServiceGivesAHandle() {
        String key = UUID.randomUUID().toString();

        TaskHandle<Void> handle = tasks.submit(TaskOptions.defaults(), () -> sample.fireAndForget(key));

        assertThat(handle.await(WAIT)).isNull();
        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(handle.info().name()).endsWith("fireAndForget");
        assertThat(executions.count(key)).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void awaitingGivesUpAfterTheTimeoutAndTheTaskGoesOn() {
        String key = UUID.randomUUID().toString();
        TaskHandle<String> handle = sample.slowEcho(key, 2_000);

        assertThatThrownBy(() -> handle.await(Duration.ofMillis(200)))
                .isInstanceOfSatisfying(TaskTimeoutException.class,
                        timeout -> assertThat(timeout.getLastStatus()).isIn(TaskStatus.PENDING, TaskStatus.RUNNING));
        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
    }

    @Test
    @OperateOnDeployment("app")
    void awaitingATaskThatDoesNotExistSaysSo() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> tasks.await(unknown, String.class, Duration.ofSeconds(1)))
                .isInstanceOf(TaskNotFoundException.class)
                .hasMessageContaining(unknown.toString());
        assertThat(tasks.find(unknown)).isEmpty();
    }

    @Test
    @OperateOnDeployment("app")
    void submitWithOptionsRefusesACallThatSubmitsNothing() {
        assertThatThrownBy(() -> tasks.submit(TaskOptions.executeNow(), () -> "not a task"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invoked no @DistributedTask method");
    }
}
