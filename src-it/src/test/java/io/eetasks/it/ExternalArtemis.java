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
 * A standalone Apache Artemis broker (the distribution from Maven Central, unpacked by the build), set
 * up as docs/guide/cluster.md tells a user to: a broker instance with login, the queues {@code eetasks} and
 * {@code eetasks.DLQ} and the topic {@code eetasks.completions}, on port {@value #PORT}. Its files and
 * log stay under {@code target/artemis-broker}. Closing stops it.
 */
final class ExternalArtemis implements AutoCloseable {

    static final int PORT = 61716;

    private static final Path INSTANCE = Path.of("target", "artemis-broker").toAbsolutePath();

    private Process process;

    private ExternalArtemis(Process process) {
        this.process = process;
    }

    static ExternalArtemis start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("artemis.home"));
        Path instance = INSTANCE;
        ServerFiles.delete(instance);
        Process create = new ProcessBuilder(List.of(home.resolve("bin/artemis").toString(), "create",
                instance.toString(), "--user", "tasks", "--password", "tasks", "--require-login", "--silent",
                "--queues", "eetasks:anycast,eetasks.reports:anycast,eetasks.DLQ:anycast", "--addresses", "eetasks.completions:multicast",
                "--host", "127.0.0.1", "--default-port", String.valueOf(PORT), "--no-web", "--no-autotune",
                "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor"))
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
