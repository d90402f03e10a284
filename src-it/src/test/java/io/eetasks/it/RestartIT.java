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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops, kills (SIGKILL) and restarts the server around running and scheduled tasks. Runs in its own
 * Failsafe execution with a container the test controls (arquillian.launch=restartable), and with
 * 3-second leases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String SERVER = "restartable";
    private static final String CONTROL = "http://localhost:8080/restart-it/control/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
        String id = post("delayed-echo?key=" + UUID.randomUUID() + "&delayMillis=15000");
        assertThat(task(id)).startsWith("SCHEDULED;0;0");

        controller.stop(SERVER);
        controller.start(SERVER);

        await().atMost(Duration.ofSeconds(90)).until(() -> task(id).startsWith("COMPLETED;1;0"));
        String[] fields = task(id).split(";");
        assertThat(Instant.parse(fields[4])).isAfterOrEqualTo(Instant.parse(fields[5]));
    }

    @Test
    void aTaskRunningWhenItsServerIsKilledRunsAgainExactlyOnceAfterTheRestart() throws Exception {
        String id = post("slow-echo?key=" + UUID.randomUUID() + "&millis=6000");
        await().atMost(Duration.ofSeconds(60)).until(() -> task(id).startsWith("RUNNING;1"));

        killServerProcess();
        controller.kill(SERVER);
        controller.start(SERVER);

        await().atMost(Duration.ofSeconds(90)).until(() -> task(id).startsWith("COMPLETED"));
        assertThat(task(id)).startsWith("COMPLETED;2;1;io.eetasks.runtime.execution.LeaseExpiredException");
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

    private static String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(CONTROL + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String task(String id) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(CONTROL + "tasks/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
