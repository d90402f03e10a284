package io.eetasks.it;

import io.eetasks.it.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three nodes of the WildFly distribution set up by the commands the README and docs/guide/cluster.md give
 * for a cluster (standalone-full-ha.xml, 05-cluster.cli): their embedded brokers form one cluster, over
 * which the nodes share the work. The nodes also export traces (08-tracing.cli) to a collector the test
 * runs, which one test reads. ClusterIT runs the cluster's other tests on provisioned nodes.
 */
class ClusterByCliIT extends SharedWorkTests {

    private OtlpReceiver collector;
    private int collectorPort;

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.CLUSTERED_BY_CLI;
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
