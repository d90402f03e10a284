package io.eetasks.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults on a node of its own (PostgreSQL, its embedded broker): the node killed or stopped, its
 * application undeployed or changed, its broker unreachable, PostgreSQL restarted, each under load and
 * checked afterwards on the database: every task in exactly one terminal state, none RUNNING past its
 * lease, none run twice (each task records its run in its own transaction). Short leases and
 * re-dispatch, so that recovery is quick. Runs in the PostgreSQL pass only (Maven profile two-nodes);
 * see docs/fault-suite.md.
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
    void stopNode() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
        LocalPostgres.ensureRunning();
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
    void submissionsWhileTheBrokerIsUnreachableAreAcceptedAndRunAsSoonAsItIsBack() throws Exception {
        String key = "broker-away-" + UUID.randomUUID();
        long logFrom = ClusterNodes.logSize(1);
        // 2,000 transactions, each with a task; the broker's AMQP acceptor stops for 20 s while they are
        // under way, with messages on the wire that the broker has not acknowledged yet.
        CompletableFuture<String> submitted = CompletableFuture.supplyAsync(() -> post("work?key=" + key
                + "&count=2000&millis=0"));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> statuses(key).values().stream().mapToLong(Long::longValue).sum() >= 200);
        PlainHttp.post(nodes.url(1) + "acceptor/pause?seconds=20");
        assertThat(submitted.get(2, TimeUnit.MINUTES)).isEqualTo("2000");
        assertThat(nodes.awaitCheck(1, "ready", "eetasks-broker", "DOWN")).contains("the broker is unreachable since");

        // Every message waiting in memory, or sent but not acknowledged when the connection was lost, goes
        // as soon as the broker answers, not a re-dispatch period later (docs/broker-outage.md), and a
        // message that had reached the broker after all is refused by the claim; the tasks then run at the
        // node's pace (about 500 of these a second on 2 cores: each records its run in a transaction of its
        // own).
        assertEveryTaskCompletedOnce(key, 2000);
        QuietOutage.assertRanAtOnce(Long.parseLong(get("acceptor/back")), get("completions?key=" + key), 1_500);
        nodes.awaitNothingToSend(1);
        QuietOutage.assertLogged(ClusterNodes.name(1), ClusterNodes.logSince(1, logFrom));
    }

    @Test
    void anOutageWithNoSubmissionUnderWayIsLoggedToo() throws Exception {
        long logFrom = ClusterNodes.logSize(1);
        PlainHttp.post(nodes.url(1) + "acceptor/pause?seconds=3");
        nodes.awaitCheck(1, "ready", "eetasks-broker", "DOWN");
        await().atMost(Duration.ofSeconds(30)).until(() -> !get("acceptor/back").equals("0"));
        nodes.awaitNothingToSend(1);

        QuietOutage.assertLogged(ClusterNodes.name(1), ClusterNodes.logSince(1, logFrom));
    }

    @Test
    void tasksRunningWhenTheirNodeIsKilledRunAgainOnceItIsBack() throws Exception {
        String key = "killed-mid-task-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "work?key=" + key + "&count=40&millis=3000");
        awaitRunning(key, 10);
        nodes.kill(1);
        nodes.restart(1);

        assertEveryTaskCompletedOnce(key, 40);
        assertThat(attempts(key)).as("attempts: those killed ran again").containsKey("2");
    }

    @Test
    void tasksWhoseNodeIsKilledWhileTheyCommitRunAgainOnce() throws Exception {
        // Each task's method has returned and its outcome is written; its commit waits 4 s.
        String key = "killed-committing-" + UUID.randomUUID();
        submitHeldAndAwaitEight(key, false);
        nodes.kill(1);
        nodes.restart(1);

        assertEveryTaskCompletedOnce(key, 20);
        assertThat(attempts(key)).as("attempts: those killed ran again").containsKey("2");
    }

    @Test
    void tasksWhoseNodeIsKilledRightAfterTheyCommittedDoNotRunAgain() throws Exception {
        // Each task has committed; its message is not acknowledged yet, and comes back after the restart.
        String key = "killed-committed-" + UUID.randomUUID();
        submitHeldAndAwaitEight(key, true);
        nodes.kill(1);
        nodes.restart(1);

        assertEveryTaskCompletedOnce(key, 20);
    }

    @Test
    void tasksRunningWhenTheirNodeStopsGracefullyRunOnceItIsBack() throws Exception {
        String key = "stopped-mid-task-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "work?key=" + key + "&count=40&millis=3000");
        awaitRunning(key, 10);
        nodes.stop(1);
        nodes.restart(1);

        assertEveryTaskCompletedOnce(key, 40);
    }

    @Test
    void tasksRunningWhenTheirApplicationIsUndeployedRunOnceItIsBack() throws Exception {
        String key = "undeployed-mid-task-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "work?key=" + key + "&count=40&millis=3000");
        awaitRunning(key, 10);
        nodes.undeploy(1);
        nodes.deploy(1, ClusterNodes.application(io.eetasks.it.signature.v1.SignatureTasks.class.getPackage()));

        assertEveryTaskCompletedOnce(key, 40);
    }

    @Test
    void tasksOfAnOlderSignatureFailNamingTheMismatchWhenTheNewVersionIsDeployed() throws Exception {
        // Due in 30 s; meanwhile the application is redeployed with the task's parameters changed.
        String key = "signature-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "signature?key=" + key + "&count=10&seconds=30");
        nodes.undeploy(1);
        nodes.deploy(1, ClusterNodes.application(io.eetasks.it.signature.v2.SignatureTasks.class.getPackage()));
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> statuses(key).getOrDefault("FAILED", 0L) == 10);
            assertThat(statuses(key)).containsExactly(Map.entry("FAILED", 10L));
            assertThat(attempts(key)).as("attempts: failed at once, not retried").containsExactly(Map.entry("1", 10L));
            // One error for all ten ("error count").
            assertThat(get("errors?key=" + key))
                    .startsWith("The arguments of task it.signature are 1 but its method takes 2;").endsWith(" 10");
        } finally {
            nodes.undeploy(1);
            nodes.deploy(1, ClusterNodes.application(io.eetasks.it.signature.v1.SignatureTasks.class.getPackage()));
        }
    }

    @Test
    void tasksRunningWhenPostgresqlRestartsCompleteOnce() throws Exception {
        String key = "postgresql-mid-task-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "work?key=" + key + "&count=40&millis=3000");
        awaitRunning(key, 10);
        LocalPostgres.restart(Duration.ofSeconds(5), () -> assertThat(nodes.awaitCheck(1, "ready",
                "eetasks-database", "DOWN")).contains("the database is unreachable"));

        assertEveryTaskCompletedOnce(key, 40);
        nodes.awaitCheck(1, "ready", "eetasks-database", "UP");
    }

    @Test
    void tasksCommittingWhenPostgresqlRestartsCompleteOnce() throws Exception {
        String key = "postgresql-committing-" + UUID.randomUUID();
        submitHeldAndAwaitEight(key, false);
        LocalPostgres.restart(Duration.ofSeconds(5));

        assertEveryTaskCompletedOnce(key, 20);
        assertThat(attempts(key)).as("attempts: those cut off ran again").containsKey("2");
    }

    /** Submits 20 tasks that hold their transaction 4 s before (or after) it commits; returns once 8 hold. */
    private void submitHeldAndAwaitEight(String key, boolean afterCommit) throws Exception {
        int held = held();
        PlainHttp.post(nodes.url(1) + "held?key=" + key + "&count=20&after=" + afterCommit + "&millis=4000");
        await().atMost(Duration.ofMinutes(1)).until(() -> held() - held >= 8);
    }

    private void awaitRunning(String key, long running) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> statuses(key).getOrDefault("RUNNING", 0L) >= running);
    }

    private int held() {
        return Integer.parseInt(get("held"));
    }

    /** How many tasks are in each attempt. */
    private Map<String, Long> attempts(String key) {
        return counts("attempts?key=" + key);
    }

    private void assertEveryTaskCompletedOnce(String key, long count) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> statuses(key).getOrDefault("COMPLETED", 0L) == count);
        assertThat(statuses(key)).as("statuses").containsExactly(Map.entry("COMPLETED", count));
        assertThat(get("running-past-lease?key=" + key)).as("RUNNING past the lease").isEqualTo("0");
        assertThat(get("duplicates?key=" + key)).as("tasks run twice").isEqualTo("0");
        assertThat(get("runs?key=" + key)).as("completed runs").isEqualTo(ClusterNodes.name(1) + " " + count);
    }

    private Map<String, Long> statuses(String key) {
        return counts("statuses?key=" + key);
    }

    private Map<String, Long> counts(String path) {
        try {
            return ClusterNodes.counts(nodes.url(1) + path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String post(String path) {
        try {
            return PlainHttp.post(nodes.url(1) + path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String get(String path) {
        try {
            return PlainHttp.get(nodes.url(1) + path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
