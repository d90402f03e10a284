package io.eetasks.it;

import io.eetasks.it.restart.ControlApplication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two WildFly nodes on one PostgreSQL database: a recurring schedule must fire once per fire time
 * whichever node sees it due; parents submitted on either node, whose children all finish at one
 * instant, are decided once and can be awaited on the other node. The nodes run
 * {@code standalone-full.xml}, so their brokers are not clustered: each node sends to and consumes from
 * its own (ClusterIT covers clustered brokers). Runs only in the PostgreSQL pass (Maven profile
 * two-nodes), since an H2 file cannot be shared by two servers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoNodesIT {

    private static final String NODE_1 = "http://localhost:8080/two-nodes-it/control/";
    private static final String NODE_2 = "http://localhost:8180/two-nodes-it/control/";
    private static final HttpClient HTTP = PlainHttp.CLIENT;

    /** This run's Arquillian server has no tasks EAR of the suite's (see TasksEarPerSuite). */
    @Deployment(name = "tasks", order = 1, testable = false)
    static EnterpriseArchive tasks() {
        return Deployments.tasksEar();
    }

    @Deployment(name = "app", order = 2, testable = false)
    static WebArchive application() {
        return Deployments.application("two-nodes-it").addPackage(ControlApplication.class.getPackage());
    }

    @Test
    void aRecurringScheduleFiresOncePerFireTimeAcrossTwoNodes() throws Exception {
        Process secondNode = startSecondNode();
        try {
            String key = UUID.randomUUID().toString();
            String name = "two-nodes-it." + key;
            PlainHttp.post(NODE_1 + "schedules?name=" + name + "&key=" + key + "&rateMillis=1000");

            await().atMost(Duration.ofSeconds(90)).until(() -> created(NODE_1, key).size() >= 12);
            PlainHttp.post(NODE_1 + "schedules/remove?name=" + name);

            await().atMost(Duration.ofSeconds(60)).until(() -> created(NODE_1, key).stream()
                    .noneMatch(row -> row.endsWith(";null")));
            List<String> rows = created(NODE_1, key);
            assertThat(created(NODE_2, key)).as("both nodes read one database").isNotEmpty();
            for (int i = 1; i < rows.size(); i++) {
                Instant previous = Instant.parse(rows.get(i - 1).split(";")[0]);
                Instant next = Instant.parse(rows.get(i).split(";")[0]);
                assertThat(Duration.between(previous, next)).as("tasks %d and %d of %s", i - 1, i, rows)
                        .isGreaterThan(Duration.ofMillis(500));
            }
        } finally {
            stop(secondNode);
        }
    }

    @Test
    void parentsSubmittedOnEitherNodeAreDecidedOnceAndAwaitedOnTheOther() throws Exception {
        Process secondNode = startSecondNode();
        try {
            String key = UUID.randomUUID().toString();
            long first = System.currentTimeMillis() + 3000;
            List<String> parents = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                parents.add(PlainHttp.post((i % 2 == 0 ? NODE_1 : NODE_2) + "fan-out-at?key=" + key + "&count=8&atMillis="
                        + (first + i * 700L)));
            }

            for (String parent : parents) {
                assertThat(PlainHttp.get(NODE_2 + "await/" + parent + "?millis=90000")).as("awaited on the other node")
                        .startsWith("at ");
            }
            for (String parent : parents) {
                await().atMost(Duration.ofSeconds(30)).until(() -> PlainHttp.get(NODE_1 + "decided/" + parent).endsWith(";1"));
            }
            PlainHttp.post(NODE_1 + "settle");
            PlainHttp.post(NODE_2 + "settle");
            for (String parent : parents) {
                assertThat(PlainHttp.get(NODE_1 + "decided/" + parent)).as("decided once").isEqualTo("COMPLETED;1");
            }
            assertThat(created(NODE_1, key + "-leaf")).hasSize(80);
        } finally {
            stop(secondNode);
        }
    }

    @Test
    void submissionsWithOneKeyRacingOnTwoNodesMakeOneTask() throws Exception {
        Process secondNode = startSecondNode();
        try {
            for (int round = 0; round < 5; round++) {
                String key = "two-nodes-key-" + UUID.randomUUID();
                List<CompletableFuture<HttpResponse<String>>> racers = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    racers.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create((i % 2 == 0 ? NODE_1 : NODE_2)
                                    + "keyed-echo?key=" + key + "&value=" + key + "-" + i))
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
                }
                List<String> ids = new ArrayList<>();
                for (CompletableFuture<HttpResponse<String>> racer : racers) {
                    HttpResponse<String> answer = racer.get(60, TimeUnit.SECONDS);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    ids.add(answer.body());
                }
                assertThat(ids).as("round %d", round).containsOnly(ids.get(0));
                assertThat(created(NODE_1, key)).as("round %d", round).hasSize(1);
            }
        } finally {
            stop(secondNode);
        }
    }

    @Test
    void aNodeServingEveryInterfaceKeepsItsBrokerOnLoopback() throws Exception {
        Process secondNode = startSecondNode();
        try {
            InetAddress outside = NetworkInterface.networkInterfaces()
                    .filter(network -> isUp(network) && !isLoopback(network))
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address)
                    .findFirst().orElseThrow(() -> new AssertionError("this machine has no interface but loopback"));

            assertThat(reachable(outside, 8180)).as("HTTP, with -b 0.0.0.0").isTrue();
            assertThat(reachable(InetAddress.getLoopbackAddress(), 5773)).as("AMQP on loopback").isTrue();
            assertThat(reachable(outside, 5773)).as("AMQP on " + outside).isFalse();
        } finally {
            stop(secondNode);
        }
    }

    @Test
    void withoutTheBrokerPasswordTheTasksEarFailsToDeployNamingTheFix() throws Exception {
        Path base = secondNodeFiles();
        ServerFiles.delete(base.resolve("configuration/eetasks"));
        Process secondNode = launchSecondNode(base);
        try {
            await().atMost(Duration.ofSeconds(180))
                    .until(() -> Files.exists(base.resolve("deployments/tasks-ear.ear.failed")));
            assertThat(Files.readString(base.resolve("log/server.log")))
                    .contains("EETASKS0214: tasks.amqp.password is not set")
                    .contains("run tasks-server/src/main/scripts/broker-user.sh");
        } finally {
            stop(secondNode);
        }
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback();
        } catch (SocketException e) {
            return true;
        }
    }

    /**
     * A second server from the same installation: its own base directory, ports +100, node name;
     * reachable on every interface, as a production server is.
     */
    private static Process startSecondNode() throws Exception {
        Process node = launchSecondNode(secondNodeFiles());
        await().atMost(Duration.ofSeconds(180)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(NODE_2 + "created?key=none")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        return node;
    }

    /** The second node's base directory: the first's configuration, the tasks EAR and the application. */
    private static Path secondNodeFiles() throws Exception {
        Path base = Path.of("target", "node2").toAbsolutePath();
        ServerFiles.delete(base);
        Files.createDirectories(base.resolve("deployments"));
        ServerFiles.copyConfiguration(base.resolve("configuration"));
        tasks().as(ZipExporter.class).exportTo(base.resolve("deployments/tasks-ear.ear").toFile(), true);
        application().as(ZipExporter.class).exportTo(base.resolve("deployments/two-nodes-it.war").toFile(), true);
        return base;
    }

    private static Process launchSecondNode(Path base) throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full.xml", "-b", "0.0.0.0", "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=100", "-Djboss.node.name=node2", "-Djboss.tx.node.id=node2")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        return builder.start();
    }

    private static void stop(Process node) throws InterruptedException {
        node.descendants().forEach(ProcessHandle::destroy);
        node.destroy();
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("jboss.node.name=node2"))
                        .orElse(false))
                .forEach(process -> process.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    }

    private static List<String> created(String node, String key) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(node + "created?key=" + key)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.isBlank() ? List.of() : List.of(body.split("\n"));
    }
}
