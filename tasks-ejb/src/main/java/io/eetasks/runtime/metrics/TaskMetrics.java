package io.eetasks.runtime.metrics;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.transaction.Transactions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts what happens to tasks, by application, task name and queue (never by task id: the number of
 * series stays that of the deployed task names), and times how long they wait and run. A count is
 * made when the transaction that recorded the change commits, so a rolled-back change is never counted.
 * docs/guide/operations.md lists every metric.
 */
@ApplicationScoped
public class TaskMetrics {

    /** Bucket bounds of the latency and run-time histograms: from 10 ms to an hour. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)};

    @Inject
    Meters meters;

    @Inject
    Transactions transactions;

    /** The key of the current transaction's counts. */
    private final Object countsKey = new Object();

    private final Map<TaskKey, TaskMeters> byTask = new ConcurrentHashMap<>();
    private Counter leaseRecoveries;
    private Counter redispatches;

    private record TaskKey(String application, String task, String queue) {
    }

    private record TaskMeters(Counter submitted, Counter started, Counter completed, Counter failed, Counter retried,
                              Counter cancelled, Timer queueLatency, Timer runTime) {
    }

    /** A task was recorded in the current transaction. */
    public void submitted(Task task) {
        countAfterCommit(of(task).submitted());
    }

    /** A task has just started (its claim has committed), {@code waited} after it was ready to. */
    public void started(Task task) {
        TaskMeters meters = of(task);
        meters.started().increment();
        Duration waited = Duration.between(task.readySince(), Instant.now());
        meters.queueLatency().record(waited.isNegative() ? Duration.ZERO : waited);
    }

    /** An attempt of a task ran for {@code nanos}, its commit included, whatever its outcome. */
    public void ran(Task task, long nanos) {
        of(task).runTime().record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A failed attempt of the task will be retried, once the current transaction commits. */
    public void retried(Task task) {
        countAfterCommit(of(task).retried());
    }

    /** The task reached its final status in the current transaction. */
    public void finished(Task task, TaskStatus status) {
        TaskMeters meters = of(task);
        Counter counter = switch (status) {
            case COMPLETED -> meters.completed();
            case FAILED -> meters.failed();
            case CANCELLED -> meters.cancelled();
            default -> throw new IllegalArgumentException(status + " is not a final status");
        };
        countAfterCommit(counter);
    }

    /** Counts one on {@code counter} when the current transaction commits; a bulk submission registers one synchronization. */
    private void countAfterCommit(Counter counter) {
        transactions.perTransaction(countsKey, HashMap<Counter, int[]>::new,
                        counts -> counts.forEach((committed, count) -> committed.increment(count[0])))
                .computeIfAbsent(counter, key -> new int[1])[0]++;
    }

    /** Made at once, so that they read 0 until something happens. */
    @PostConstruct
    void registerNodeCounters() {
        leaseRecoveries = meters.counter("eetasks.lease.recoveries", "Attempts ended because their lease ran out"
                + " (their node stopped or hung); the task is retried or failed as its policy says");
        redispatches = meters.counter("eetasks.redispatches", "Task messages sent again: the task stayed PENDING long"
                + " after its last message, its node stopped, or its application was deployed again");
    }

    /** Running tasks whose lease ran out (their node stopped) were handed back to the queue. */
    public void leasesRecovered(int tasks) {
        leaseRecoveries.increment(tasks);
    }

    /** Messages of tasks that waited too long were sent again. */
    public void redispatched(int tasks) {
        redispatches.increment(tasks);
    }

    /**
     * Percentiles of the queue latency of every task this node started since the runtime started, from
     * the histograms' buckets: what the console's overview shows.
     */
    public LatencyPercentiles queueLatency() {
        NavigableMap<Duration, Double> cumulative = LatencyPercentiles.empty();
        long count = 0;
        for (TaskMeters meters : byTask.values()) {
            HistogramSnapshot snapshot = meters.queueLatency().takeSnapshot();
            count += snapshot.count();
            for (CountAtBucket bucket : snapshot.histogramCounts()) {
                LatencyPercentiles.add(cumulative, Duration.ofNanos((long) bucket.bucket(TimeUnit.NANOSECONDS)),
                        bucket.count());
            }
        }
        return LatencyPercentiles.of(cumulative, count);
    }

    private TaskMeters of(Task task) {
        return byTask.computeIfAbsent(new TaskKey(task.getApplication(), task.getName(), task.getQueue()), key -> {
            String[] tags = {"application", key.application(), "task", key.task(), "queue", key.queue()};
            return new TaskMeters(
                    meters.counter("eetasks.tasks.submitted", "Tasks recorded (submitted, fired by a schedule, or made"
                            + " as a callback or child)", tags),
                    meters.counter("eetasks.tasks.started", "Attempts started", tags),
                    meters.counter("eetasks.tasks.completed", "Tasks that completed", tags),
                    meters.counter("eetasks.tasks.failed", "Tasks that failed for good (no attempt left)", tags),
                    meters.counter("eetasks.tasks.retried", "Failed attempts that will be retried", tags),
                    meters.counter("eetasks.tasks.cancelled", "Tasks cancelled", tags),
                    meters.timer("eetasks.task.queue.latency", "From the moment a task could start (submitted, or"
                            + " due) to the start of its attempt", BUCKETS, tags),
                    meters.timer("eetasks.task.run", "How long an attempt ran, its commit included", BUCKETS, tags));
        });
    }

    @PreDestroy
    void forget() {
        byTask.clear();
    }
}
