package io.eetasks.it;

import io.eetasks.it.cluster.ClusterApplication;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * WildFly nodes of one cluster, started by the test from the prepared installation: each with its own
 * base directory under {@code target/cluster/} (its logs stay there), port offset 100 × its number,
 * node name, transaction node id and {@code standalone-full-ha.xml}; the tasks EAR and the cluster
 * test application deployed by the scanner. Closing stops every process it started.
 */
final class ClusterNodes implements AutoCloseable {

    static final String APPLICATION = "cluster-it";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<Process> processes = new ArrayList<>();
    private final int count;

    private ClusterNodes(int count) {
        this.count = count;
    }

    /** Starts {@code count} nodes (numbered from 1) with these extra JVM arguments, and waits for all. */
    static ClusterNodes start(int count, String... arguments) throws IOException {
        ClusterNodes nodes = new ClusterNodes(count);
        try {
            for (int node = 1; node <= count; node++) {
                nodes.processes.add(nodes.launch(node, List.of(arguments)));
            }
            for (int node = 1; node <= count; node++) {
                nodes.awaitStarted(node);
            }
            return nodes;
        } catch (IOException | RuntimeException | Error e) {
            nodes.close();
            throw e;
        }
    }

    /** The base URL of the test application on that node. */
    String url(int node) {
        return "http://127.0.0.1:" + (8080 + offset(node)) + "/" + APPLICATION + "/cluster/";
    }

    /** Kills the node's JVM with SIGKILL, as a crash would. */
    void kill(int node) throws InterruptedException {
        Process process = processes.get(node - 1);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the node gracefully (SIGTERM to its JVM) and waits until it has. */
    void stop(int node) throws InterruptedException {
        Process process = processes.get(node - 1);
        process.descendants().forEach(ProcessHandle::destroy);
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Where the node's server log is. */
    static Path serverLog(int node) {
        return base(node).resolve("log/server.log");
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
                process.descendants().forEach(child -> child.onExit().orTimeout(60, TimeUnit.SECONDS).join());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process launch(int node, List<String> arguments) throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path base = base(node);
        ServerFiles.delete(base);
        Files.createDirectories(base.resolve("deployments"));
        ServerFiles.copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.copy(Path.of(System.getProperty("tasks.ear")), base.resolve("deployments/tasks-ear.ear"));
        Deployments.application(APPLICATION).addPackage(ClusterApplication.class.getPackage())
                .as(ZipExporter.class).exportTo(base.resolve("deployments/" + APPLICATION + ".war").toFile(), true);
        String members = IntStream.rangeClosed(1, count).mapToObj(n -> "127.0.0.1[" + (7600 + offset(n)) + "]")
                .collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full-ha.xml", "-b", "127.0.0.1", "-bprivate", "127.0.0.1",
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset(node),
                "-Djboss.node.name=" + name(node), "-Djboss.tx.node.id=" + name(node),
                "-Djgroups.tcpping.initial_hosts=" + members));
        command.addAll(arguments);
        String extra = System.getProperty("it.server.args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        return builder.start();
    }

    private void awaitStarted(int node) {
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url(node) + "node")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    static String name(int node) {
        return "node" + node;
    }

    private static int offset(int node) {
        return 100 * node;
    }

    private static Path base(int node) {
        return Path.of("target", "cluster", name(node)).toAbsolutePath();
    }
}
