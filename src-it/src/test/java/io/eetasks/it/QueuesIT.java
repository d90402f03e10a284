package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.it.queues.QueueTasks;
import io.eetasks.it.queues.UnknownQueueTasks;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Queue;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Named queues on one node: a task that names a queue goes to that broker queue and is run by its
 * consumers; options choose a queue per submission; a queue the broker does not have is refused at
 * submission and fails the deployment of an application that names it, each time with the fix.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(QueuesIT.ReportsQueue.class)
class QueuesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("queues-it", QueuesIT.class, Deployments.class, QueueTasks.class);
    }

    @Deployment(name = "unknown-queue", managed = false, testable = false)
    static WebArchive unknownQueue() {
        return Deployments.application("unknown-queue-it", UnknownQueueTasks.class);
    }

    @Inject
    QueueTasks work;

    @Inject
    TaskService tasks;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "java:/jms/queue/eetasks.DLQ")
    Queue deadLetters;

    @Resource(lookup = "java:/jms/queue/ExpiryQueue")
    Queue notATasksQueue;

    @Test
    @OperateOnDeployment("app")
    void theBrokerUserHasAGeneratedPasswordAndRightsOnTheTasksQueuesOnly() throws Exception {
        String password = Files.readString(Path.of(System.getProperty("jboss.server.config.dir"),
                "eetasks", "tasks.amqp.password"));
        assertThat(password).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo("tasks");

        assertThatThrownBy(() -> connections.createContext("tasks", "tasks").close())
                .isInstanceOf(JMSSecurityRuntimeException.class);
        try (JMSContext broker = connections.createContext("tasks", password)) {
            String mark = UUID.randomUUID().toString();
            broker.createProducer().setProperty("mark", mark).send(deadLetters, "broker access");
            try (JMSConsumer consumer = broker.createConsumer(deadLetters, "mark = '" + mark + "'")) {
                assertThat(consumer.receiveBody(String.class, 5000)).isEqualTo("broker access");
            }
            assertThatThrownBy(() -> broker.createProducer().send(notATasksQueue, "not for tasks"))
                    .isInstanceOf(JMSSecurityRuntimeException.class);
        }
    }

    @Test
    @OperateOnDeployment("app")
    void aTaskThatNamesAQueueIsRunByThatQueuesConsumers() throws Exception {
        TaskHandle<String> report = work.report("report");
        TaskHandle<String> plain = work.plain("plain");

        assertThat(report.await(WAIT)).startsWith("report ran on eetasks-it-reports-");
        assertThat(plain.await(WAIT)).startsWith("plain ran on eetasks-default-");
        assertThat(tasks.find(report.id())).get().extracting(TaskInfo::queue).isEqualTo("it-reports");
        assertThat(tasks.find(plain.id())).get().extracting(TaskInfo::queue).isEqualTo("default");
    }

    @Test
    @OperateOnDeployment("app")
    void optionsSendOneSubmissionToAnotherQueue() throws Exception {
        TaskHandle<String> moved = tasks.submit(TaskOptions.defaults().withQueue("it-reports"), () -> work.plain("moved"));

        assertThat(moved.await(WAIT)).startsWith("moved ran on eetasks-it-reports-");
        assertThat(tasks.find(moved.id())).get().extracting(TaskInfo::queue).isEqualTo("it-reports");
    }

    @Test
    @OperateOnDeployment("app")
    void aSubmissionToAQueueTheBrokerDoesNotHaveIsRefusedWithTheFix() {
        assertThatThrownBy(() -> tasks.submit(TaskOptions.defaults().withQueue("nowhere"), () -> work.plain("lost")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queue 'nowhere' does not exist")
                .hasMessageContaining("06-queue.cli -Dtasks.queue=nowhere");
        assertThatThrownBy(() -> tasks.submit(TaskOptions.defaults().withQueue("Bad Name"), () -> work.plain("lost")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a queue name");
    }

    @Test
    @RunAsClient
    void anApplicationThatNamesAQueueTheBrokerDoesNotHaveFailsToDeploy(@ArquillianResource Deployer deployer) {
        try {
            assertThatThrownBy(() -> deployer.deploy("unknown-queue"))
                    .hasStackTraceContaining("it.queues.nowhere")
                    .hasStackTraceContaining("queue 'nowhere' does not exist")
                    .hasStackTraceContaining("06-queue.cli -Dtasks.queue=nowhere");
        } finally {
            deployer.undeploy("unknown-queue");
        }
    }

    /** The queue it-reports on the broker, as 06-queue.cli adds it, with two consumers; removed afterwards. */
    public static class ReportsQueue extends QueueWithConsumers {

        public ReportsQueue() {
            super("it-reports", 2);
        }
    }
}
