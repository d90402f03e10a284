package io.eetasks.it;

import io.eetasks.TaskService;
import io.eetasks.TasksUnavailableException;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tasks EAR is not deployed: an application still deploys, and submitting tells it clearly. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(RuntimeAbsentIT.WithoutTasksEar.class)
class RuntimeAbsentIT {

    /** Stops the tasks EAR the suite deployed for this class, and starts it again afterwards. */
    static class WithoutTasksEar implements ServerSetupTask {

        @Override
        public void setup(ManagementClient client, String containerId) throws Exception {
            ServerOperations.undeployTasksEar(client);
        }

        @Override
        public void tearDown(ManagementClient client, String containerId) throws Exception {
            ServerOperations.deployTasksEar(client);
        }
    }

    @Deployment
    static WebArchive application() {
        return Deployments.application("absent-it", RuntimeAbsentIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Test
    void submittingWithoutTheTasksEarFailsClearlyAndRunsNothing() {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> sample.echo(key))
                .isInstanceOf(TasksUnavailableException.class)
                .hasMessageContaining("deploy tasks-ear.ear")
                .hasMessageContaining("Nothing was recorded");
        assertThat(executions.count(key)).isZero();
    }

    @Test
    void awaitingWithoutTheTasksEarFailsClearly() {
        assertThatThrownBy(() -> tasks.await(UUID.randomUUID(), String.class, Duration.ofSeconds(1)))
                .isInstanceOf(TasksUnavailableException.class);
    }
}
