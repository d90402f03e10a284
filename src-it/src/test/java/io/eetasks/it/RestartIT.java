package io.eetasks.it;

import io.eetasks.it.restart.ControlApplication;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops, kills (SIGKILL) and restarts the server around running and scheduled tasks, and takes its
 * broker's AMQP acceptor away for a while. Runs in its own Failsafe execution with a container the test
 * controls (arquillian.launch=restartable), with 3-second leases and 20 sends in flight at most.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String SERVER = "restartable";
    private static final String CONTROL = "http://localhost:8080/restart-it/control/";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "tasks", managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive tasks() {
        return Deployments.tasksEar();
    }

    @Deployment(name = "app", managed = false, testable = false)
    @TargetsContainer(SERVER)
    static WebArchive application() {
        return Deployments.application("restart-it").addPackage(ControlApplication.class.getPackage());
    }

    @BeforeEach
    void startWithTheTasksEarAndTheApplication() {
        controller.start(SERVER);
        deployer.deploy("tasks");
        deployer.deploy("app");
    }

    @AfterEach
    void undeployAndStop() {
        if (!controller.isStarted(SERVER)) {
            controller.start(SERVER);
        }
        deployer.undeploy("app");
        deployer.undeploy("tasks");
        controller.stop(SERVER);
    }

    @Test
    void aScheduledTaskSurvivesARestartAndRunsOnceItIsDue() throws Exception {
        String id = PlainHttp.post(CONTROL + "delayed-echo?key=" + UUID.randomUUID() + "&delayMillis=15000");
        assertThat(PlainHttp.get(CONTROL + "tasks/" + id)).startsWith("SCHEDULED;0;0");

        controller.stop(SERVER);
        controller.start(SERVER);

        await().atMost(Duration.ofSeconds(90)).until(() -> PlainHttp.get(CONTROL + "tasks/" + id).startsWith("COMPLETED;1;0"));
        String[] fields = PlainHttp.get(CONTROL + "tasks/" + id).split(";");
        assertThat(Instant.parse(fields[4])).isAfterOrEqualTo(Instant.parse(fields[5]));
    }

    @Test
    void aTaskRunningWhenItsServerIsKilledRunsAgainExactlyOnceAfterTheRestart() throws Exception {
        String id = PlainHttp.post(CONTROL + "slow-echo?key=" + UUID.randomUUID() + "&millis=6000");
        await().atMost(Duration.ofSeconds(60)).until(() -> PlainHttp.get(CONTROL + "tasks/" + id).startsWith("RUNNING;1"));

        killServerProcess();
        controller.kill(SERVER);
        controller.start(SERVER);

        await().atMost(Duration.ofSeconds(90)).until(() -> PlainHttp.get(CONTROL + "tasks/" + id).startsWith("COMPLETED"));
        assertThat(PlainHttp.get(CONTROL + "tasks/" + id)).startsWith("COMPLETED;2;1;io.eetasks.LeaseExpiredException");
    }

    @Test
    void submissionsWhileTheBrokerIsUnreachableReturnAtOnceAndRunOnceItIsBack() throws Exception {
        String before = PlainHttp.post(CONTROL + "slow-echo?key=" + UUID.randomUUID() + "&millis=0");
        await().atMost(Duration.ofSeconds(30)).until(() -> PlainHttp.get(CONTROL + "tasks/" + before).startsWith("COMPLETED"));

        Path log = Path.of(System.getProperty("jboss.home"), "standalone/log/server.log");
        long logged = Files.size(log);
        // The broker cannot be reached: more submissions than this server's 20 sends in flight, each of
        // which returns at once while its message waits in memory.
        PlainHttp.post(CONTROL + "broker/amqp-acceptor/stop");
        List<String> ids = new ArrayList<>();
        long slowest = 0;
        for (int i = 0; i < 30; i++) {
            long started = System.nanoTime();
            ids.add(PlainHttp.post(CONTROL + "slow-echo?key=" + UUID.randomUUID() + "&millis=0"));
            slowest = Math.max(slowest, System.nanoTime() - started);
        }
        assertThat(Duration.ofNanos(slowest)).as("the slowest submission").isLessThan(Duration.ofSeconds(3));
        assertThat(PlainHttp.get(CONTROL + "tasks/" + ids.get(29))).startsWith("PENDING");
        PlainHttp.post(CONTROL + "broker/amqp-acceptor/start");

        for (String id : ids) {
            await().atMost(Duration.ofSeconds(30)).until(() -> PlainHttp.get(CONTROL + "tasks/" + id).startsWith("COMPLETED"));
        }
        String during = Files.readString(log).substring((int) logged);
        assertThat(during).as("what the server logged meanwhile").containsOnlyOnce("EETASKS0212").containsOnlyOnce("EETASKS0213");
    }

    /** SIGKILL, as a crash would: no shutdown hook, nothing finished or handed over. */
    private static void killServerProcess() {
        String home = System.getProperty("jboss.home");
        ProcessHandle server = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .map(line -> line.contains("jboss-modules.jar") && line.contains(home))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No WildFly process runs from " + home));
        server.destroyForcibly();
        server.onExit().join();
    }
}
