package io.eetasks.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.eetasks.it.ClusterNodes.counts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cluster's tests with one external Apache Artemis broker for all nodes, provisioned with the layers
 * eetasks, eetasks-postgresql and eetasks-external-broker, the broker's password in TASKS_AMQP_PASSWORD.
 */
class ExternalBrokerIT extends ClusterTests {

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.EXTERNAL;
    }

    @Test
    @Order(100)
    void tasksWhoseMessagesWereInTheBrokerWhenItWasKilledRunOnceItIsBack() throws Exception {
        // One transaction of 2,000 tasks of 50 ms: when it returns, most messages wait in the broker.
        String key = "broker-killed-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "bulk?key=" + key + "&count=2000&millis=50");
        artemis.kill();
        assertThat(nodes.awaitCheck(1, "ready", "eetasks-consumers", "DOWN"))
                .contains("no consumer of queue default is connected to the broker");
        artemis.runAgain();
        nodes.awaitCheck(1, "ready", "eetasks-consumers", "UP");

        awaitAllCompleted(key, 2000, Duration.ofMinutes(4));
        Map<String, Long> statuses = counts(nodes.url(1) + "statuses?key=" + key);
        System.out.printf("after the broker was killed and run again: statuses %s; runs %s; attempts %s%n", statuses,
                counts(nodes.url(1) + "runs?key=" + key), counts(nodes.url(1) + "attempts?key=" + key));
        assertThat(statuses).containsExactly(Map.entry("COMPLETED", 2000L));
        assertThat(completedRuns(key)).as("completed executions").isEqualTo(2000);
        assertThat(PlainHttp.get(nodes.url(1) + "duplicates?key=" + key)).as("keys run twice").isEqualTo("0");
    }

    @Test
    @Order(101)
    void tasksSubmittedWhileTheBrokerIsDownAreSentAndRunAsSoonAsItIsBack() throws Exception {
        String key = "broker-down-" + UUID.randomUUID();
        // node2 was killed by an earlier test and node3 came back serving no queue: node1 runs the tasks.
        int[] running = {1, 3};
        long[] logFrom = new long[4];
        for (int node : running) {
            logFrom[node] = ClusterNodes.logSize(node);
        }
        // 300 transactions on each of the two nodes; the broker is killed while they are under way, with
        // messages on the wire that it has not acknowledged yet.
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> submit(nodes.url(1) + "work?key=" + key
                + "-1&count=300&millis=0"));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> submit(nodes.url(3) + "work?key=" + key
                + "-3&count=300&millis=0"));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> counts(nodes.url(1) + "statuses?key=" + key).values().stream()
                        .mapToLong(Long::longValue).sum() >= 100);
        artemis.kill();
        assertThat(first.get(2, TimeUnit.MINUTES)).isEqualTo("300");
        assertThat(second.get(2, TimeUnit.MINUTES)).isEqualTo("300");
        nodes.awaitCheck(1, "ready", "eetasks-broker", "DOWN");
        artemis.runAgain();
        long back = System.currentTimeMillis();

        awaitAllCompleted(key, 600, Duration.ofMinutes(2));
        // Every message waiting in memory, or on the wire when the broker died, goes when it is back; the
        // broker has just started (its JIT is cold) beside two nodes on 2 cores: the first task may take a
        // little longer than with the embedded broker.
        QuietOutage.assertRanAtOnce(back, PlainHttp.get(nodes.url(1) + "completions?key=" + key), 5_000);
        assertThat(completedRuns(key)).as("completed executions").isEqualTo(600);
        assertThat(PlainHttp.get(nodes.url(1) + "duplicates?key=" + key)).as("keys run twice").isEqualTo("0");
        for (int node : running) {
            nodes.awaitNothingToSend(node);
            QuietOutage.assertLogged(ClusterNodes.name(node), ClusterNodes.logSince(node, logFrom[node]));
        }
    }
}
