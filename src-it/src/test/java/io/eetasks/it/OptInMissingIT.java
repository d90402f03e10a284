package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application that uses the annotation but imports the module without its services: the
 * extension never loads there. The runtime must say so when the application deploys.
 */
@ExtendWith(ArquillianExtension.class)
class OptInMissingIT {

    @Deployment(name = "tasks", order = 1, testable = false)
    static EnterpriseArchive tasks() {
        return Deployments.tasksEar();
    }

    @Deployment(name = "app", order = 2)
    static WebArchive application() {
        return Deployments.application("forgot-services-it",
                "Manifest-Version: 1.0\nDependencies: io.eetasks.api\n", OptInMissingIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    Executions executions;

    @Test
    @OperateOnDeployment("app")
    void anApplicationThatDoesNotImportTheServicesIsReportedWhenItDeploys() {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Files.readString(log))
                .contains("EETASKS0020: Deployment forgot-services-it.war uses @DistributedTask (in io.eetasks.it.")
                .contains("Add 'Dependencies: io.eetasks.api services'"));
    }

    @Test
    @OperateOnDeployment("app")
    void withoutTheServicesTheMethodIsAPlainCallAsReported() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> returned = sample.echo(key);

        assertThat(executions.threads(key)).containsExactly(Thread.currentThread().getName());
        assertThat(returned.await(Duration.ZERO)).isEqualTo("echo:" + key);
    }
}
