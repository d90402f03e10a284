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
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With tasks.execute-now=true every task runs at once in its caller's thread, and is still recorded. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(ExecuteNowByConfigurationIT.ExecuteNowProperty.class)
class ExecuteNowByConfigurationIT {

    /** Sets the system property before the tasks EAR deploys, and removes it afterwards. */
    static class ExecuteNowProperty implements ServerSetupTask {

        private static final String PROPERTY = "tasks.execute-now";

        @Override
        public void setup(ManagementClient client, String containerId) throws Exception {
            ModelNode add = operation("add");
            add.get("value").set("true");
            execute(client, add);
        }

        @Override
        public void tearDown(ManagementClient client, String containerId) throws Exception {
            execute(client, operation("remove"));
        }

        private static ModelNode operation(String name) {
            ModelNode operation = new ModelNode();
            operation.get("operation").set(name);
            operation.get("address").add("system-property", PROPERTY);
            return operation;
        }

        private static void execute(ManagementClient client, ModelNode operation) throws Exception {
            ModelNode result = client.getControllerClient().execute(operation);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("Could not change " + PROPERTY + ": " + result);
            }
        }
    }

    @Deployment(name = "tasks", order = 1, testable = false)
    static EnterpriseArchive tasks() {
        return Deployments.tasksEar();
    }

    @Deployment(name = "app", order = 2)
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
