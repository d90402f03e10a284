package io.eetasks.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The machine's PostgreSQL cluster on port 5432 (Debian's {@code pg_ctlcluster}), which the fault tests
 * restart under load. It is shared by everything on the machine, so it is always left running.
 */
final class LocalPostgres {

    private static final int PORT = 5432;

    private LocalPostgres() {
    }

    /** Stops PostgreSQL (fast: open connections are cut), keeps it down for {@code down}, starts it again. */
    static void restart(Duration down) throws IOException, InterruptedException {
        restart(down, () -> {
        });
    }

    /** As {@link #restart(Duration)}, checking {@code whileDown} as soon as it is down (it stays down until that returns). */
    static void restart(Duration down, Runnable whileDown) throws IOException, InterruptedException {
        List<String> cluster = cluster();
        try {
            control(cluster, "stop", "-m", "fast");
            long stopped = System.nanoTime();
            whileDown.run();
            Thread.sleep(Math.max(0, down.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
        } finally {
            ensureRunning();
        }
    }

    /** Starts PostgreSQL if it is down, and waits until it accepts connections. */
    static void ensureRunning() throws IOException, InterruptedException {
        if (!accepting()) {
            control(cluster(), "start");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(LocalPostgres::accepting);
    }

    /** Version and name of the cluster on {@link #PORT}, from {@code pg_lsclusters}. */
    private static List<String> cluster() throws IOException, InterruptedException {
        Process list = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
        String output = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        list.waitFor(30, TimeUnit.SECONDS);
        for (String line : output.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[2].equals(String.valueOf(PORT))) {
                return List.of(columns[0], columns[1]);
            }
        }
        throw new IllegalStateException("No PostgreSQL cluster on port " + PORT + " in pg_lsclusters: " + output);
    }

    private static void control(List<String> cluster, String action, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster"));
        command.addAll(List.of(options));
        command.addAll(cluster);
        command.add(action);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Accepting connections: not just listening, also past its start-up (pg_isready). */
    private static boolean accepting() throws IOException, InterruptedException {
        Process ready = new ProcessBuilder("pg_isready", "-q", "-h", "127.0.0.1", "-p", String.valueOf(PORT))
                .redirectErrorStream(true).start();
        return ready.waitFor(30, TimeUnit.SECONDS) && ready.exitValue() == 0;
    }
}
