package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskService;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.Settling;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
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

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("transaction-it", TransactionIT.class);
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
        settling.awaitDeliveries();
        assertThat(executions.count(key)).isZero();
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskSubmittedInATransactionRunsOnlyAfterTheCommit() throws Exception {
        String key = UUID.randomUUID().toString();

        transaction.begin();
        TaskHandle<String> handle = sample.echo(key);
        settling.awaitDeliveries();
        assertThat(executions.count(key)).isZero();
        transaction.commit();

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(executions.count(key)).isEqualTo(1);
    }
}
