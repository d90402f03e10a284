package io.eetasks.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A standalone Apache Artemis broker (the distribution from Maven Central, unpacked by the build), made by
 * the commands docs/guide/cluster.md gives a user, taken from it: a broker instance with login and a generated
 * password, the queues {@code eetasks} and {@code eetasks.DLQ} and the topic {@code eetasks.completions}, on
 * one loopback port, {@value #PORT} here. Its files and
 * log stay under {@code target/artemis-broker}. Closing stops it.
 */
final class ExternalArtemis implements AutoCloseable {

    static final int PORT = 61716;

    private static final Path INSTANCE = Path.of("target", "artemis-broker").toAbsolutePath();
    /** The password the guide's command generated for the broker's user {@code tasks}. */
    private static final Path PASSWORD = Path.of("target", "artemis-broker.password").toAbsolutePath();

    private Process process;

    private ExternalArtemis(Process process) {
        this.process = process;
    }

    static ExternalArtemis start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("artemis.home"));
        Path instance = INSTANCE;
        ServerFiles.delete(instance);
        // The guide's commands, taken from it: the broker's own port and folder, and the test's second queue.
        String commands = GuideBlocks.commands("docs/guide/cluster.md", "from its `bin` folder");
        commands = GuideBlocks.replace(commands, "./artemis create broker ", "./artemis create " + instance + " ");
        commands = GuideBlocks.replace(commands, "--default-port 61616", "--default-port " + PORT);
        commands = GuideBlocks.replace(commands, "--queues eetasks:anycast,", "--queues eetasks:anycast,eetasks.reports:anycast,");
        Process create = new ProcessBuilder("bash", "-euo", "pipefail", "-c",
                commands + "\nprintf %s \"$BROKER_PASSWORD\" > " + PASSWORD)
                .directory(home.resolve("bin").toFile())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "artemis-create.log").toFile()).start();
        if (!create.waitFor(120, TimeUnit.SECONDS) || create.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed; see target/artemis-create.log");
        }
        // Dead letters of the tasks queues go to eetasks.DLQ after 3 deliveries, as on the embedded broker.
        Path brokerXml = instance.resolve("etc/broker.xml");
        String settings = "";
        for (String queue : List.of("eetasks", "eetasks.reports")) {
            settings += "<address-setting match=\"" + queue + "\"><dead-letter-address>eetasks.DLQ</dead-letter-address>"
                    + "<max-delivery-attempts>3</max-delivery-attempts><redelivery-delay>1000</redelivery-delay>"
                    + "</address-setting>\n         ";
        }
        Files.writeString(brokerXml, Files.readString(brokerXml).replace("<address-setting match=\"#\">",
                settings + "<address-setting match=\"#\">"));
        ExternalArtemis artemis = new ExternalArtemis(run(instance));
        try {
            artemis.awaitAccepting();
            return artemis;
        } catch (RuntimeException e) {
            artemis.close();
            throw e;
        }
    }

    /** The broker user's password, which the guide gives a node in the environment (TASKS_AMQP_PASSWORD). */
    static String password() throws IOException {
        return Files.readString(PASSWORD);
    }

    /** Kills the broker (SIGKILL, as a crash would); its journal is kept for {@link #runAgain()}. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** Runs the killed broker again on its journal, and waits until it accepts connections. */
    void runAgain() throws IOException {
        process = run(INSTANCE);
        awaitAccepting();
    }

    private static Process run(Path instance) throws IOException {
        return new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolve("console.log").toFile())).start();
    }

    private void awaitAccepting() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(ExternalArtemis::accepting);
    }

    private static boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
