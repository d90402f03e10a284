package io.eetasks.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.eetasks.it.ClusterNodes.counts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three WildFly nodes on one PostgreSQL database, started before the tests of a class and stopped after them,
 * sharing the work through their brokers (clustered embedded ones, or one external broker): tasks submitted
 * on one node run on all of them, and a parent's children run on all of them while the parent is decided
 * once. Only node2 serves the queue {@code reports}. Runs in the PostgreSQL pass only (Maven profile
 * two-nodes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SharedWorkTests {

    static final int NODES = 3;
    ClusterNodes nodes;
    /** The external broker, for nodes that use one. */
    ExternalArtemis artemis;

    /** How the nodes' brokers are set up. */
    abstract ClusterNodes.Brokers brokers();

    /** Starts what the nodes need besides themselves. */
    void beforeNodes() throws Exception {
    }

    /** Stops it. */
    void afterNodes() {
    }

    /** More of the product's CLI scripts each node runs. */
    List<String> scripts() {
        return List.of();
    }

    /** More JVM arguments of every node. */
    List<String> arguments() {
        return List.of();
    }

    @BeforeAll
    void startCluster() throws Exception {
        if (brokers().external()) {
            artemis = ExternalArtemis.start();
        }
        beforeNodes();
        // Leases and re-dispatch as slow as by default, the database check for waiters slower: only the
        // announcements of finished tasks and the hand-over of stopped nodes' work can be fast.
        // Every node serves the default queue; only node2 serves the queue reports.
        List<String> arguments = new ArrayList<>(List.of("-Dtasks.lease.duration=PT60S",
                "-Dtasks.redispatch.after-seconds=60", "-Dtasks.await.cluster-check-millis=60000",
                "-Dtasks.node.heartbeat=PT1S", "-Dtasks.node.dead-after=PT8S", "-Dtasks.leader.lease=PT5S"));
        arguments.addAll(arguments());
        nodes = ClusterNodes.start(NODES, brokers(), scripts(),
                node -> node == 2 ? List.of() : List.of("-Dtasks.node.queues=default"), arguments.toArray(String[]::new));
        PlainHttp.post(nodes.url(1) + "prepare");
    }

    @AfterAll
    void stopCluster() {
        if (nodes != null) {
            nodes.close();
        }
        afterNodes();
        if (artemis != null) {
            artemis.close();
        }
    }

    @Test
    @Order(1)
    void tasksSubmittedOnOneNodeRunOnAllNodes() throws Exception {
        String key = "spread-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "work?key=" + key + "&count=3000&millis=0");

        awaitAllCompleted(key, 3000);
        Map<String, Long> runs = counts(nodes.url(1) + "runs?key=" + key);
        System.out.printf("3,000 tasks submitted on node1 ran: %s%n", runs);
        assertThat(runs.values().stream().mapToLong(Long::longValue).sum()).as("completed runs").isEqualTo(3000);
        for (int node = 1; node <= NODES; node++) {
            assertThat(runs.getOrDefault(ClusterNodes.name(node), 0L)).as("runs on %s of %s", ClusterNodes.name(node), runs)
                    .isGreaterThanOrEqualTo(600);
        }
        assertThat(PlainHttp.get(nodes.url(1) + "duplicates?key=" + key)).isEqualTo("0");
    }

    @Test
    @Order(2)
    void oneParentsChildrenRunOnAllNodesAndTheParentIsDecidedOnce() throws Exception {
        String key = "fan-" + UUID.randomUUID();
        String parent = PlainHttp.post(nodes.url(2) + "parent?key=" + key + "&count=300");

        await().atMost(Duration.ofMinutes(2)).until(() -> counts(nodes.url(1) + "runs?key=" + parent + "-decided")
                .values().stream().mapToLong(Long::longValue).sum() >= 1);
        Map<String, Long> children = counts(nodes.url(1) + "runs?key=" + key + "-child");
        System.out.printf("300 children of one parent ran: %s%n", children);
        assertThat(children.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
        assertThat(children).as("children on every node").hasSize(NODES);
        await().atMost(Duration.ofMinutes(1)).until(() -> PlainHttp.get(nodes.url(1) + "tree-finished/" + parent).equals("true"));
        assertThat(counts(nodes.url(1) + "runs?key=" + parent + "-decided")).as("decided once, COMPLETED")
                .isEqualTo(counts(nodes.url(1) + "runs?key=" + parent + "-decided-COMPLETED"))
                .extracting(runs -> runs.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1L);
    }

    void awaitAllCompleted(String key, long count) {
        awaitAllCompleted(key, count, Duration.ofMinutes(4));
    }

    void awaitAllCompleted(String key, long count, Duration within) {
        await().atMost(within).pollInterval(Duration.ofSeconds(1))
                .until(() -> counts(nodes.url(1) + "statuses?key=" + key).getOrDefault("COMPLETED", 0L) == count);
    }

    static String get(String url) {
        return unchecked(() -> PlainHttp.get(url));
    }

    /** POSTs from another thread, which cannot throw checked exceptions. */
    static String submit(String url) {
        return unchecked(() -> PlainHttp.post(url));
    }

    /** For calls made from other threads, which cannot throw checked exceptions. */
    static String unchecked(HttpCall call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface HttpCall {
        String call() throws IOException, InterruptedException;
    }

    long completedRuns(String key) throws IOException, InterruptedException {
        return counts(nodes.url(1) + "runs?key=" + key).values().stream().mapToLong(Long::longValue).sum();
    }

}
