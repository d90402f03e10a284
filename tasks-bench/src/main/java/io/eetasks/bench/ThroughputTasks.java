package io.eetasks.bench;

import io.eetasks.DistributedTask;
import io.eetasks.TaskContext;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tasks of the throughput and latency benchmarks: they do nothing, or sleep, and say they finished;
 * or they say how late they started after their due time.
 */
@ApplicationScoped
public class ThroughputTasks {

    private static final long RETRY_DELAY_NANOS = 200_000_000L;

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

    /** Submitted with a run-at time; {@code dueNanos} is that time on this JVM's clock. */
    @DistributedTask(name = "bench.due")
    public void due(int run, int index, long dueNanos) {
        runs.started(run, index, dueNanos);
    }

    /** Fails its first attempt; the second measures how late it started after its backoff. */
    @DistributedTask(name = "bench.retry")
    @TaskRetry(maxAttempts = 2, initialDelay = "PT0.2S", jitter = 0)
    public void retry(int run, int index) {
        if (TaskContext.current().map(TaskContext::attempt).orElse(1) == 1) {
            runs.retryDueAt(run, index, System.nanoTime() + RETRY_DELAY_NANOS);
            throw new IllegalStateException("the first attempt fails on purpose");
        }
        runs.started(run, index, runs.takeRetryDue(run, index));
    }
}
