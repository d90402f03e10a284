package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With tasks.execute-now=true every task runs at once in its caller's thread, and is still recorded. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(ExecuteNowByConfigurationIT.ExecuteNowProperty.class)
class ExecuteNowByConfigurationIT {

    static class ExecuteNowProperty extends SystemPropertiesSetup {
        ExecuteNowProperty() {
            super(Map.of("tasks.execute-now", "true"));
        }
    }

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("execute-now-it", ExecuteNowByConfigurationIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    Executions executions;

    @Test
    @OperateOnDeployment("app")
    void everyTaskRunsInItsCallersThreadAndIsRecorded() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.echo(key);

        assertThat(executions.threads(key)).containsExactly(Thread.currentThread().getName());
        assertThat(handle.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(handle.info().application()).isEqualTo("execute-now-it");
    }
}
