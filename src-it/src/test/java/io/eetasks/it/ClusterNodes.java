package io.eetasks.it;

import io.eetasks.it.cluster.ClusterApplication;
import io.eetasks.it.signature.v1.SignatureTasks;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * WildFly nodes of one cluster, started by the test from the prepared installation: each with its own
 * base directory under {@code target/cluster/} (its logs stay there), port offset 100 × its number,
 * node name and transaction node id; their brokers clustered or one external broker; the tasks EAR and
 * the cluster test application deployed by the scanner. Closing stops every process it started.
 */
final class ClusterNodes implements AutoCloseable {

    static final String APPLICATION = "cluster-it";
    private static final HttpClient HTTP = PlainHttp.CLIENT;

    private final List<Process> processes = new ArrayList<>();
    private final List<List<String>> commands = new ArrayList<>();
    private final int count;
    private final Brokers brokers;
    private final List<String> scripts;
    /** The cluster password of a provisioned cluster's nodes: this run's own. */
    private final String clusterPassword = UUID.randomUUID().toString();

    private ClusterNodes(int count, Brokers brokers, List<String> scripts) {
        this.count = count;
        this.brokers = brokers;
        this.scripts = scripts;
    }

    /** How the nodes' brokers are set up, and on which installation the nodes run. */
    enum Brokers {
        /** Each node's embedded broker, clustered with the others': a server provisioned with the layer eetasks-cluster. */
        CLUSTERED("it.cluster.home", "standalone.xml"),
        /** One external broker for all nodes: a server provisioned with the layer eetasks-external-broker. */
        EXTERNAL("it.external.home", "standalone.xml"),
        /** As CLUSTERED, on the distribution configured by the documented CLI scripts (05-cluster.cli). */
        CLUSTERED_BY_CLI("jboss.home", "standalone-full-ha.xml"),
        /** As EXTERNAL, on the distribution configured by the documented CLI scripts, and 04-external-artemis.cli run on each node's copy. */
        EXTERNAL_BY_CLI("jboss.home", "standalone-full.xml"),
        /** Each node's embedded broker on its own, on the CLI-configured distribution: for a node that is alone. */
        EMBEDDED("jboss.home", "standalone-full.xml");

        private final String homeProperty;
        final String serverConfig;

        Brokers(String homeProperty, String serverConfig) {
            this.homeProperty = homeProperty;
            this.serverConfig = serverConfig;
        }

        /** The installation the nodes run from. */
        Path home() {
            return Path.of(System.getProperty(homeProperty));
        }

        boolean external() {
            return this == EXTERNAL || this == EXTERNAL_BY_CLI;
        }
    }

    /**
     * Starts {@code count} nodes (numbered from 1) with these extra JVM arguments, and those each node
     * is given, and waits for all. Each node's broker has the queue {@code reports} (06-queue.cli).
     */
    static ClusterNodes start(int count, Brokers brokers, IntFunction<List<String>> eachNode, String... arguments)
            throws IOException, InterruptedException {
        return start(count, brokers, List.of(), eachNode, arguments);
    }

    /** As {@link #start(int, Brokers, IntFunction, String...)}, with more of the product's CLI scripts run on each node. */
    static ClusterNodes start(int count, Brokers brokers, List<String> scripts, IntFunction<List<String>> eachNode,
                              String... arguments) throws IOException, InterruptedException {
        ClusterNodes nodes = new ClusterNodes(count, brokers, scripts);
        try {
            Path configuration = nodes.prepareConfiguration();
            for (int node = 1; node <= count; node++) {
                List<String> all = new ArrayList<>(List.of(arguments));
                all.addAll(eachNode.apply(node));
                nodes.processes.add(nodes.launch(node, configuration, all));
            }
            for (int node = 1; node <= count; node++) {
                nodes.awaitStarted(node);
            }
            return nodes;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            nodes.close();
            throw e;
        }
    }

    /** The base URL of the test application on that node. */
    String url(int node) {
        return "http://127.0.0.1:" + (8080 + offset(node)) + "/" + APPLICATION + "/cluster/";
    }

    /**
     * Waits until the node's health endpoint ({@code ready} or {@code live}) reports the check with the
     * status ({@code UP} or {@code DOWN}), and returns the check as JSON.
     */
    String awaitCheck(int node, String kind, String name, String status) {
        return awaitCheck(node, kind, name, status, json -> true);
    }

    /** As {@link #awaitCheck(int, String, String, String)}, until the check's JSON also satisfies {@code data}. */
    String awaitCheck(int node, String kind, String name, String status, Predicate<String> data) {
        Pattern check = Pattern.compile("\\{\"name\":\"" + Pattern.quote(name) + "\",\"status\":\"" + status
                + "\"(,\"data\":\\{[^}]*})?}");
        String url = "http://127.0.0.1:" + (9990 + offset(node)) + "/health/" + kind;
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Matcher found = check.matcher(PlainHttp.get(url));
                    return found.find() ? found.group() : null;
                }, json -> json != null && data.test(json));
    }

    /**
     * Waits until none of the node's task messages waits in memory or awaits the broker's acknowledgement:
     * its readiness check {@code eetasks-broker} is UP with nothing in flight or waiting.
     */
    void awaitNothingToSend(int node) {
        awaitCheck(node, "ready", "eetasks-broker", "UP", json -> json.matches(".*\"in flight\":0[,}].*")
                && json.matches(".*\"waiting\":0[,}].*"));
    }

    /** The node's server log lines written since it was {@code from} bytes long. */
    static List<String> logSince(int node, long from) throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(serverLog(node).toFile(), "r")) {
            byte[] added = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** How long the node's server log is now, to read what is written after ({@link #logSince}). */
    static long logSize(int node) throws IOException {
        return Files.size(serverLog(node));
    }

    /** Kills the node's JVM with SIGKILL, as a crash would. */
    void kill(int node) {
        end(processes.get(node - 1), true);
    }

    /** Starts a stopped node again, as configured before, with these JVM arguments added, and waits for it. */
    void restart(int node, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(commands.get(node - 1));
        command.addAll(List.of(arguments));
        processes.set(node - 1, nodeProcess(command, base(node)).start());
        awaitStarted(node);
    }

    /**
     * The test application: the cluster test's classes and one version of the tasks whose signature
     * changes ({@code signature.v1} or {@code signature.v2}).
     */
    static WebArchive application(Package signatureVersion) {
        return Deployments.application(APPLICATION).addPackage(ClusterApplication.class.getPackage())
                .addPackage(signatureVersion);
    }

    /** Undeploys the test application from the node (the deployment scanner sees its file gone) and waits until it has. */
    void undeploy(int node) {
        Path deployments = base(node).resolve("deployments");
        try {
            Files.delete(deployments.resolve(APPLICATION + ".war"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(deployments.resolve(APPLICATION + ".war.undeployed")));
    }

    /** Deploys this version of the test application on the node and waits until it answers. */
    void deploy(int node, WebArchive application) {
        exportTo(base(node), application);
        awaitStarted(node);
    }

    private static void exportTo(Path base, WebArchive application) {
        application.as(ZipExporter.class).exportTo(base.resolve("deployments/" + APPLICATION + ".war").toFile(), true);
    }

    /** Stops the node gracefully (SIGTERM to its JVM) and waits until it has. */
    void stop(int node) {
        end(processes.get(node - 1), false);
    }

    /** Where the node's server log is. */
    static Path serverLog(int node) {
        return base(node).resolve("log/server.log");
    }

    @Override
    public void close() {
        processes.forEach(process -> end(process, false));
    }

    /**
     * Ends a node's script and its JVM, and waits until they have exited (the JVM outlives its script:
     * once the script is gone, the JVM is no longer among its descendants, so it is taken first).
     */
    private static void end(Process script, boolean kill) {
        List<ProcessHandle> all = new ArrayList<>(script.descendants().toList());
        all.add(script.toHandle());
        all.forEach(kill ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            }
        }
    }

    /**
     * The nodes' configuration, prepared once under {@code target/cluster/prepared} and copied to each
     * node: the scripts write nothing of a node's own (its name and ports are given when it starts).
     */
    private Path prepareConfiguration() throws IOException, InterruptedException {
        Path home = brokers.home();
        Path prepared = Path.of("target", "cluster", "prepared").toAbsolutePath();
        String serverConfig = "-Dtasks.server.config=" + brokers.serverConfig;
        ServerFiles.delete(prepared);
        ServerFiles.copyConfiguration(home, brokers.serverConfig, prepared.resolve("configuration"));
        if (brokers == Brokers.EXTERNAL_BY_CLI) {
            runScript(home, prepared, "04-external-artemis.cli", serverConfig);
        }
        runScript(home, prepared, brokers.external() ? "06-queue-external.cli" : "06-queue.cli", "-Dtasks.queue=reports",
                serverConfig);
        for (String script : scripts) {
            runScript(home, prepared, script, serverConfig);
        }
        return prepared.resolve("configuration");
    }

    private Process launch(int node, Path configuration, List<String> arguments) throws IOException {
        Path home = brokers.home();
        Path base = base(node);
        ServerFiles.delete(base);
        Files.createDirectories(base.resolve("deployments"));
        ServerFiles.copy(configuration, base.resolve("configuration"));
        Files.copy(Path.of(System.getProperty("tasks.ear")), base.resolve("deployments/tasks-ear.ear"));
        exportTo(base, application(SignatureTasks.class.getPackage()));
        String members = IntStream.rangeClosed(1, count).mapToObj(n -> "127.0.0.1[" + (7600 + offset(n)) + "]")
                .collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", brokers.serverConfig, "-b", "127.0.0.1", "-bprivate", "127.0.0.1",
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset(node),
                "-Djboss.node.name=" + name(node), "-Djboss.tx.node.id=" + name(node),
                "-Djgroups.tcpping.initial_hosts=" + members));
        if (brokers.external()) {
            command.addAll(List.of("-Dtasks.broker.host=127.0.0.1", "-Dtasks.broker.port=" + ExternalArtemis.PORT));
        }
        command.addAll(arguments);
        String extra = System.getProperty("it.server.args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        ProcessBuilder builder = nodeProcess(command, base);
        commands.add(command);
        return builder.start();
    }

    /** A node's process: its console output appended to console.log, and the environment the guide gives it. */
    private ProcessBuilder nodeProcess(List<String> command, Path base) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().put("JBOSS_HOME", brokers.home().toString());
        // As the guide says: passwords in the environment, not on the command line.
        if (brokers.external()) {
            builder.environment().put("TASKS_AMQP_PASSWORD", ExternalArtemis.password());
        }
        if (brokers == Brokers.CLUSTERED) {
            builder.environment().put("TASKS_CLUSTER_PASSWORD", clusterPassword);
        }
        return builder;
    }

    /** Runs one of the product's CLI scripts on the configuration under {@code base}, as an administrator would. */
    private static void runScript(Path home, Path base, String script, String... properties)
            throws IOException, InterruptedException {
        ProcessBuilder cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(),
                "--file=" + Path.of(System.getProperty("tasks.cli.dir"), script))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("cli.log").toFile()));
        cli.environment().put("JBOSS_HOME", home.toString());
        cli.environment().put("JAVA_OPTS", "-Djboss.server.config.dir=" + base.resolve("configuration") + " "
                + String.join(" ", properties));
        Process process = cli.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(script + " failed; see " + base.resolve("cli.log"));
        }
    }

    private void awaitStarted(int node) {
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url(node) + "node")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /** The "value count" lines of a control endpoint of the test application, as a map. */
    static Map<String, Long> counts(String url) throws IOException, InterruptedException {
        String body = PlainHttp.get(url).trim();
        return body.isEmpty() ? Map.of() : Arrays.stream(body.split("\n")).map(line -> line.split(" "))
                .collect(Collectors.toMap(parts -> parts[0], parts -> Long.parseLong(parts[1])));
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
