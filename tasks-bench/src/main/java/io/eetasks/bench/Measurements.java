package io.eetasks.bench;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** How many tasks started, when, and how late after their due time. */
@ApplicationScoped
public class Measurements {

    private long[] lateness = new long[1 << 16];
    private int count;
    private int others;
    private long due;
    private long firstStart;
    private long lastStart;
    private final Map<UUID, Integer> decisions = new ConcurrentHashMap<>();

    void decided(UUID parentId) {
        decisions.merge(parentId, 1, Integer::sum);
    }

    /** How many times the parent was decided (its any-completion callback ran). */
    public int decisionsOf(UUID parentId) {
        return decisions.getOrDefault(parentId, 0);
    }

    /** Starts measuring the tasks due at {@code dueEpochMillis}; tasks of earlier runs are only counted. */
    public synchronized void reset(long dueEpochMillis) {
        due = dueEpochMillis;
        count = 0;
        others = 0;
        firstStart = 0;
        lastStart = 0;
    }

    synchronized void started(long dueEpochMillis) {
        long now = System.currentTimeMillis();
        if (dueEpochMillis != due) {
            others++;
            return;
        }
        if (count == lateness.length) {
            lateness = Arrays.copyOf(lateness, count * 2);
        }
        lateness[count++] = now - dueEpochMillis;
        firstStart = firstStart == 0 ? now : Math.min(firstStart, now);
        lastStart = Math.max(lastStart, now);
    }

    public synchronized Map<String, Object> summary() {
        long[] sorted = Arrays.copyOf(lateness, count);
        Arrays.sort(sorted);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("started", count);
        summary.put("startedFromEarlierRuns", others);
        summary.put("firstStartEpochMillis", firstStart);
        summary.put("lastStartEpochMillis", lastStart);
        summary.put("latenessP50Millis", percentile(sorted, 0.50));
        summary.put("latenessP95Millis", percentile(sorted, 0.95));
        summary.put("latenessP99Millis", percentile(sorted, 0.99));
        summary.put("latenessMaxMillis", count == 0 ? 0 : sorted[count - 1]);
        return summary;
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }
}
