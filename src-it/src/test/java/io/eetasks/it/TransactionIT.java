package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskService;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class TransactionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "tasks", order = 1, testable = false)
    static EnterpriseArchive tasks() {
        return Deployments.tasksEar();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive application() {
        return Deployments.application("transaction-it", TransactionIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Inject
    UserTransaction transaction;

    @Test
    @OperateOnDeployment("app")
    void whenTheCallersTransactionRollsBackNoTaskExistsAndNothingRuns() throws Exception {
        String key = UUID.randomUUID().toString();

        transaction.begin();
        UUID id = sample.echo(key).id();
        assertThat(tasks.find(id)).isPresent();
        transaction.rollback();

        assertThat(tasks.find(id)).isEmpty();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> executions.count(key) == 0);
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskSubmittedInATransactionRunsOnlyAfterTheCommit() throws Exception {
        String key = UUID.randomUUID().toString();

        transaction.begin();
        TaskHandle<String> handle = sample.echo(key);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> executions.count(key) == 0);
        transaction.commit();

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(executions.count(key)).isEqualTo(1);
    }
}
