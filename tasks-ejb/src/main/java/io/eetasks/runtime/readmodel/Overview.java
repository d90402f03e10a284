package io.eetasks.runtime.readmodel;

import io.eetasks.TaskStatus;

import io.eetasks.runtime.metrics.LatencyPercentiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the console's overview shows.
 *
 * @param at         when it was computed
 * @param byStatus   how many tasks have each status (those of finished tasks as of {@code totalsAt})
 * @param byName     per task name and application, how many tasks have each status, as of {@code totalsAt}
 * @param totalsAt   when the totals by name and of finished tasks were counted (they lag up to a minute)
 * @param perMinute  tasks finished in each of the last minutes, by final status, oldest first
 * @param waiting    how long tasks wait to start, from the metrics
 */
public record Overview(Instant at, Map<TaskStatus, Long> byStatus, List<NameCounts> byName, Instant totalsAt,
                       List<MinuteCounts> perMinute, Waiting waiting) {

    /**
     * How long tasks wait to start.
     *
     * @param started          tasks this node started since the runtime started, the percentiles' population
     * @param p50Millis        median queue latency (submitted or due, to started) of those, in milliseconds
     * @param oldestPendingSeconds how long the oldest PENDING task of the cluster has waited (0: none waits)
     */
    public record Waiting(long started, Long p50Millis, Long p95Millis, Long p99Millis, long oldestPendingSeconds) {

        static Waiting of(LatencyPercentiles latency, Duration oldestPending) {
            return new Waiting(latency.count(), millis(latency.p50()), millis(latency.p95()), millis(latency.p99()),
                    oldestPending.toSeconds());
        }

        private static Long millis(Duration duration) {
            return duration == null ? null : duration.toMillis();
        }
    }

    /** The counts of one task name. */
    public record NameCounts(String name, String application, Map<TaskStatus, Long> byStatus) {
    }

    /** The tasks that finished in one minute. */
    public record MinuteCounts(Instant minute, long completed, long failed, long cancelled) {
    }
}
