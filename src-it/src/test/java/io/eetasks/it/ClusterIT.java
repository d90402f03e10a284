package io.eetasks.it;

import io.eetasks.it.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cluster's tests with the nodes' embedded brokers clustered (standalone-full-ha.xml, 05-cluster.cli).
 * Its nodes also export traces (08-tracing.cli) to a collector the test runs, which one test reads.
 */
class ClusterIT extends ClusterTests {

    private OtlpReceiver collector;
    private int collectorPort;

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.CLUSTERED;
    }

    @Override
    void beforeNodes() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            collectorPort = free.getLocalPort();
        }
        collector = OtlpReceiver.start(collectorPort);
    }

    @Override
    List<String> scripts() {
        return List.of("08-tracing.cli");
    }

    @Override
    List<String> arguments() {
        return List.of("-Dtasks.otlp.endpoint=http://127.0.0.1:" + collectorPort, "-Dtasks.otel.batch-delay=500");
    }

    @Override
    void afterNodes() {
        if (collector != null) {
            try {
                collector.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    @Order(3)
    void oneTraceFollowsARequestToItsTaskAndTheTasksChildrenAndCallbackOnWhicheverNodeTheyRun() throws Exception {
        String key = "traced-" + UUID.randomUUID();
        String parent = PlainHttp.post(nodes.url(2) + "parent?key=" + key + "&count=12");

        ReceivedSpan callback = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> collector.spans(span -> span.name().equals("eetasks run it.cluster-parent-decided")
                        && span.attribute("eetasks.task.outcome") != null).stream()
                        .filter(span -> traceOf(parent).equals(span.traceId())).findFirst().orElse(null), found -> found != null);
        String trace = callback.traceId();
        // Each child's run span is exported once its node's batch goes out.
        List<ReceivedSpan> childRuns = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> inTrace(trace, "eetasks run it.cluster-work"), runs -> runs.size() == 12);

        ReceivedSpan request = single(collector.spans(span -> span.traceId().equals(trace) && span.kind().equals("SPAN_KIND_SERVER")));
        ReceivedSpan submit = single(inTrace(trace, "eetasks submit it.cluster-parent"));
        ReceivedSpan run = single(inTrace(trace, "eetasks run it.cluster-parent"));
        assertThat(submit.parentSpanId()).as("the submission is part of the request").isEqualTo(request.spanId());
        assertThat(submit.attribute("eetasks.task.id")).isEqualTo(parent);
        assertThat(run.parentSpanId()).as("the run follows the submission").isEqualTo(submit.spanId());
        assertThat(run.attribute("eetasks.task.id")).isEqualTo(parent);
        assertThat(run.attribute("eetasks.task.attempt")).isEqualTo("1");
        assertThat(run.attribute("eetasks.task.outcome")).isIn("WAITING_FOR_CHILDREN", "COMPLETED");

        List<ReceivedSpan> childSubmits = inTrace(trace, "eetasks submit it.cluster-work");
        assertThat(childSubmits).hasSize(12).allMatch(span -> span.parentSpanId().equals(run.spanId()),
                "submitted by the parent's run");
        Set<String> submitIds = childSubmits.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(childRuns).allMatch(span -> submitIds.contains(span.parentSpanId()), "each under its submission")
                .allMatch(span -> "COMPLETED".equals(span.attribute("eetasks.task.outcome")), "completed");
        Set<String> nodesThatRanChildren = childRuns.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
        System.out.printf("12 traced children ran on %s%n", nodesThatRanChildren);
        assertThat(nodesThatRanChildren).as("the nodes that ran the children, each exporting as itself").hasSizeGreaterThan(1);
        assertThat(callback.attribute("eetasks.task.outcome")).isEqualTo("COMPLETED");
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

    /** The trace of the task's submission, once its span has been exported ("" until then). */
    private String traceOf(String taskId) {
        return collector.spans(span -> span.name().startsWith("eetasks submit ") && taskId.equals(span.attribute("eetasks.task.id")))
                .stream().map(ReceivedSpan::traceId).findFirst().orElse("");
    }

    private List<ReceivedSpan> inTrace(String trace, String name) {
        return collector.spans(span -> span.traceId().equals(trace) && span.name().equals(name));
    }

    private static ReceivedSpan single(List<ReceivedSpan> spans) {
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }
}
