package io.eetasks.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.eetasks.it.ClusterNodes.counts;
import static org.assertj.core.api.Assertions.assertThat;

/** The cluster's tests with one external Apache Artemis broker for all nodes (04-external-artemis.cli). */
class ExternalBrokerIT extends ClusterTests {

    private ExternalArtemis artemis;

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.EXTERNAL;
    }

    @Override
    void beforeNodes() throws Exception {
        artemis = ExternalArtemis.start();
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
        long[] logFrom = new long[4];
        for (int node = 1; node <= 3; node++) {
            logFrom[node] = ClusterNodes.logSize(node);
        }
        artemis.kill();
        nodes.awaitCheck(1, "ready", "eetasks-broker", "DOWN");
        // 300 transactions on each of two nodes while the broker is down; the third submits nothing.
        PlainHttp.post(nodes.url(1) + "work?key=" + key + "-1&count=300&millis=0");
        PlainHttp.post(nodes.url(2) + "work?key=" + key + "-2&count=300&millis=0");
        artemis.runAgain();
        long back = System.currentTimeMillis();

        awaitAllCompleted(key, 600, Duration.ofMinutes(2));
        // The broker has just started (its JIT is cold) beside three nodes on 2 cores: the first task may
        // take a little longer than with the embedded broker.
        QuietOutage.assertRanAtOnce(back, PlainHttp.get(nodes.url(1) + "completions?key=" + key), 5_000);
        assertThat(completedRuns(key)).as("completed executions").isEqualTo(600);
        assertThat(PlainHttp.get(nodes.url(1) + "duplicates?key=" + key)).as("keys run twice").isEqualTo("0");
        for (int node = 1; node <= 3; node++) {
            nodes.awaitNothingToSend(node);
            QuietOutage.assertLogged(ClusterNodes.name(node), ClusterNodes.logSince(node, logFrom[node]));
        }
    }

    @Override
    void afterNodes() {
        if (artemis != null) {
            artemis.close();
        }
    }
}
