package io.eetasks.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cluster's tests on nodes provisioned with the layers eetasks, eetasks-postgresql and eetasks-cluster:
 * their embedded brokers clustered, the cluster password in TASKS_CLUSTER_PASSWORD.
 */
class ClusterIT extends ClusterTests {

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.CLUSTERED;
    }

    @Test
    @Order(4)
    void aConcurrencyLimitOfThreeHoldsOnEveryNodeAndAMutexPerKeyKeepsEachKeyApart() throws Exception {
        PlainHttp.post(nodes.url(1) + "limit?name=it-cluster-exports&maxRunning=3");
        PlainHttp.post(nodes.url(1) + "limit?name=it-cluster-customer&maxRunning=1");
        String exports = "exports-" + UUID.randomUUID();
        String customers = "customers-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "limited?key=" + exports + "&limit=it-cluster-exports&keys=1&count=200&millis=100");
        PlainHttp.post(nodes.url(3) + "limited?key=" + customers + "&limit=it-cluster-customer&keys=4&count=40&millis=100");

        awaitAllCompleted(exports, 200, Duration.ofMinutes(2));
        awaitAllCompleted(customers, 40, Duration.ofMinutes(2));
        List<long[]> spans = spans(exports, null);
        Map<String, Long> runs = ClusterNodes.counts(nodes.url(1) + "runs?key=" + exports);
        System.out.printf("limit 3: 200 tasks of 100 ms ran on %s; most at once %d%n", runs, maxOverlap(spans));
        assertThat(spans).hasSize(200);
        assertThat(PlainHttp.get(nodes.url(1) + "duplicates?key=" + exports)).isEqualTo("0");
        assertThat(maxOverlap(spans)).isEqualTo(3);
        assertThat(runs).as("nodes that ran them").hasSizeGreaterThan(1);
        for (int customer = 0; customer < 4; customer++) {
            assertThat(maxOverlap(spans(customers, "customer-" + customer))).as("customer-%d at once", customer)
                    .isEqualTo(1);
        }
        int together = maxOverlap(spans(customers, null));
        System.out.printf("a mutex per key: 4 customers, 10 tasks each: most at once %d%n", together);
        assertThat(together).as("customers side by side").isGreaterThan(1);
        assertThat(PlainHttp.get(nodes.url(1) + "permits?limit=it-cluster-exports")).startsWith("unreleased 0");
    }

    @Test
    @Order(4)
    void aRateLimitOfTenASecondHoldsAcrossTheNodes() throws Exception {
        PlainHttp.post(nodes.url(1) + "limit?name=it-cluster-rate&maxStarts=10&windowMillis=1000");
        String key = "rated-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "limited?key=" + key + "&limit=it-cluster-rate&keys=1&count=50&millis=0");
        PlainHttp.post(nodes.url(3) + "limited?key=" + key + "-3&limit=it-cluster-rate&keys=1&count=50&millis=0");

        awaitAllCompleted(key, 100, Duration.ofMinutes(1));
        List<Long> starts = PlainHttp.get(nodes.url(1) + "starts?key=" + key).lines()
                .map(line -> Long.parseLong(line.split(" ")[1])).sorted().toList();
        int most = LimitsIT.mostStartsInAnyWindow(starts.stream().map(micros -> java.time.Instant.EPOCH.plusNanos(micros * 1000))
                .toList(), Duration.ofSeconds(1));
        Duration took = Duration.ofNanos((starts.get(99) - starts.get(0)) * 1000);
        System.out.printf("rate 10/s on 3 nodes: 100 tasks started over %d ms; most starts in one second %d; runs %s%n",
                took.toMillis(), most, ClusterNodes.counts(nodes.url(1) + "runs?key=" + key));
        assertThat(starts).hasSize(100);
        assertThat(most).isEqualTo(10);
        assertThat(took).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(15));
    }

    @Test
    @Order(4)
    void killingTheNodeThatHoldsPermitsGivesThemBackOnceItsLeasesAreRecovered() throws Exception {
        PlainHttp.post(nodes.url(1) + "limit?name=it-cluster-kill&maxRunning=3");
        String key = "limit-kill-" + UUID.randomUUID();
        PlainHttp.post(nodes.url(1) + "limited?key=" + key + "&limit=it-cluster-kill&keys=1&count=30&millis=1500");
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> PlainHttp.get(nodes.url(1) + "permits?limit=it-cluster-kill").contains(ClusterNodes.name(3)));
        String held = PlainHttp.get(nodes.url(1) + "permits?limit=it-cluster-kill");
        nodes.kill(3);
        long killedAt = System.nanoTime();
        System.out.printf("node3 killed holding permits: %s%n", held.replace('\n', ';'));

        awaitAllCompleted(key, 30, Duration.ofSeconds(90));
        List<long[]> spans = spans(key, null);
        System.out.printf("after the kill: all 30 completed in %d s; runs %s; attempts %s; most at once %d%n",
                Duration.ofNanos(System.nanoTime() - killedAt).toSeconds(),
                ClusterNodes.counts(nodes.url(1) + "runs?key=" + key), ClusterNodes.counts(nodes.url(1) + "attempts?key="
                        + key), maxOverlap(spans));
        assertThat(spans).as("completed runs").hasSize(30);
        assertThat(PlainHttp.get(nodes.url(1) + "duplicates?key=" + key)).as("keys run twice").isEqualTo("0");
        assertThat(maxOverlap(spans)).isLessThanOrEqualTo(3);
        assertThat(PlainHttp.get(nodes.url(1) + "permits?limit=it-cluster-kill")).startsWith("unreleased 0");
        nodes.restart(3);
    }

    /** The spans (start, end in microseconds) of the completed limited runs of the key. */
    private List<long[]> spans(String key, String limitKey) throws Exception {
        return PlainHttp.get(nodes.url(1) + "spans?key=" + key + (limitKey == null ? "" : "&limitKey=" + limitKey))
                .lines().filter(line -> !line.isBlank())
                .map(line -> new long[] {Long.parseLong(line.split(" ")[0]), Long.parseLong(line.split(" ")[1])})
                .toList();
    }

    /** The most spans that overlap at one moment. */
    private static int maxOverlap(List<long[]> spans) {
        int most = 0;
        for (long[] span : spans) {
            long at = span[0];
            most = Math.max(most, (int) spans.stream().filter(other -> other[0] <= at && other[1] > at).count());
        }
        return most;
    }
}
