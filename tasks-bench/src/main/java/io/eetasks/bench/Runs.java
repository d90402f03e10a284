package io.eetasks.bench;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One measured run at a time: when its first submission was made, how many of its tasks finished and
 * when the last did; for a latency run, how long each task waited from its submission (or its due
 * time) to its start.
 * A run is told apart from the one before by its number, carried by every task, so stragglers of an
 * earlier run are not counted.
 */
@ApplicationScoped
public class Runs {

    private final AtomicInteger run = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicLong lastFinish = new AtomicLong();
    private volatile int expected;
    private volatile long firstSubmit;
    private volatile long[] latencies = new long[0];
    private final Map<List<Integer>, Long> retryDue = new ConcurrentHashMap<>();

    /** Starts run {@code expected} tasks long, from now; returns its number. */
    public synchronized int start(int tasks) {
        expected = tasks;
        finished.set(0);
        lastFinish.set(0);
        latencies = new long[tasks];
        retryDue.clear();
        firstSubmit = System.nanoTime();
        return run.incrementAndGet();
    }

    void finished(int ofRun) {
        if (ofRun == run.get() && finished.incrementAndGet() == expected) {
            lastFinish.set(System.nanoTime());
        }
    }

    /** When the second attempt of a retry run's task is due, on this JVM's clock. */
    void retryDueAt(int ofRun, int index, long dueNanos) {
        retryDue.put(List.of(ofRun, index), dueNanos);
    }

    /** When the retry of that task was due; once, the time is forgotten as it is read. */
    long takeRetryDue(int ofRun, int index) {
        Long due = retryDue.remove(List.of(ofRun, index));
        if (due == null) {
            throw new IllegalStateException("no first attempt of task " + index + " of run " + ofRun + " was seen");
        }
        return due;
    }

    void started(int ofRun, int index, long submittedNanos) {
        long[] current = latencies;
        if (ofRun == run.get() && index < current.length) {
            current[index] = System.nanoTime() - submittedNanos;
            finished(ofRun);
        }
    }

    /** The run so far: finished tasks and, once all have, tasks per second from the first submission. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        int done = finished.get();
        summary.put("expected", expected);
        summary.put("finished", done);
        long last = lastFinish.get();
        if (done >= expected && last != 0) {
            double seconds = (last - firstSubmit) / 1e9;
            summary.put("seconds", seconds);
            summary.put("perSecond", expected / seconds);
        }
        return summary;
    }

    /** Start latency percentiles of a latency run, in milliseconds. */
    public Map<String, Object> latencies() {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        Map<String, Object> result = new LinkedHashMap<>(summary());
        if (sorted.length > 0) {
            for (int percent : new int[] {50, 95, 99}) {
                result.put("p" + percent + "Millis", sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6);
            }
            result.put("maxMillis", sorted[sorted.length - 1] / 1e6);
        }
        return result;
    }
}
