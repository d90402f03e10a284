package io.eetasks.bench;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tasks of the throughput and latency benchmarks: they do nothing, or sleep, and say they finished. */
@ApplicationScoped
public class ThroughputTasks {

    @Inject
    Runs runs;

    @DistributedTask(name = "bench.work")
    public void work(int run, long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        runs.finished(run);
    }

    @DistributedTask(name = "bench.latency")
    public void latency(int run, int index, long submittedNanos) {
        runs.started(run, index, submittedNanos);
    }
}
