package io.eetasks.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults on a node of its own (PostgreSQL, its embedded broker), each checked afterwards on the
 * database: every task in exactly one terminal state, none RUNNING past its lease, none run twice
 * (each task records its run in its own transaction). Short leases and re-dispatch, so that recovery
 * is quick. Runs in the PostgreSQL pass only (Maven profile two-nodes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultIT {

    private ClusterNodes nodes;

    @BeforeAll
    void startNode() throws Exception {
        nodes = ClusterNodes.start(1, ClusterNodes.Brokers.EMBEDDED, node -> List.of(),
                "-Dtasks.lease.duration=PT10S", "-Dtasks.redispatch.after-seconds=10",
                "-Dtasks.redispatch.interval-seconds=2");
        PlainHttp.post(nodes.url(1) + "prepare");
    }

    @AfterAll
    void stopNode() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aNodeKilledRightAfterItsSubmissionsCommitLosesNothingAndRunsNothingTwice() throws Exception {
        // One transaction of 2,000 tasks of 20 ms: when it returns, the tasks are committed, and their
        // messages are on their way (some in the broker, some still in memory), some tasks are running.
        String key = "killed-after-commit-" + UUID.randomUUID();
        assertThat(PlainHttp.post(nodes.url(1) + "bulk?key=" + key + "&count=2000&millis=20")).isEqualTo("2000");
        nodes.kill(1);
        nodes.restart(1);

        assertEveryTaskCompletedOnce(key, 2000);
    }

    @Test
    void submissionsWhileTheBrokerIsUnreachableAreAcceptedAndRunOnceItIsBack() throws Exception {
        String key = "broker-away-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "acceptor/pause?seconds=20");
        // 2,000 transactions, each with a task whose message cannot reach the broker for 20 s.
        assertThat(PlainHttp.post(nodes.url(1) + "work?key=" + key + "&count=2000&millis=0")).isEqualTo("2000");

        assertEveryTaskCompletedOnce(key, 2000);
    }

    private void assertEveryTaskCompletedOnce(String key, long count) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> statuses(key).getOrDefault("COMPLETED", 0L) == count);
        assertThat(statuses(key)).as("statuses").containsExactly(Map.entry("COMPLETED", count));
        assertThat(get("running-past-lease?key=" + key)).as("RUNNING past the lease").isEqualTo("0");
        assertThat(get("duplicates?key=" + key)).as("tasks run twice").isEqualTo("0");
        assertThat(get("runs?key=" + key)).as("completed runs").isEqualTo(ClusterNodes.name(1) + " " + count);
    }

    private Map<String, Long> statuses(String key) {
        Map<String, Long> counts = new HashMap<>();
        for (String line : get("statuses?key=" + key).split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ");
                counts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    private String get(String path) {
        try {
            return PlainHttp.get(nodes.url(1) + path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
