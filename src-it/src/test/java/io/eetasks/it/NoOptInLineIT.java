package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
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

/**
 * An application as a new user writes it: no Dependencies line in its manifest. The server offers
 * the API with its services to every deployment, so its task calls are tasks and TaskService injects.
 */
@ExtendWith(ArquillianExtension.class)
class NoOptInLineIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("no-opt-in-line-it", "Manifest-Version: 1.0\n", NoOptInLineIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    Executions executions;

    @Inject
    TaskService tasks;

    @Test
    @OperateOnDeployment("app")
    void anApplicationWithoutADependenciesLineSubmitsRecordedTasks() {
        String key = UUID.randomUUID().toString();

        TaskHandle<String> handle = sample.echo(key);

        assertThat(handle.await(WAIT)).isEqualTo("echo:" + key);
        assertThat(executions.threads(key)).hasSize(1).doesNotContain(Thread.currentThread().getName());
        assertThat(tasks.find(handle.id())).get().extracting(TaskInfo::application, TaskInfo::status)
                .containsExactly("no-opt-in-line-it", TaskStatus.COMPLETED);
    }
}
