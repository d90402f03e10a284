package io.eetasks.runtime.metrics;

import java.time.Duration;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Percentiles of a histogram given as cumulative counts at bucket bounds, as Prometheus's
 * {@code histogram_quantile} estimates them: linearly within the bucket the rank falls in. A rank past
 * the last bound reads as that bound.
 *
 * @param count how many values the histogram holds
 */
public record LatencyPercentiles(long count, Duration p50, Duration p95, Duration p99) {

    static final LatencyPercentiles NONE = new LatencyPercentiles(0, null, null, null);

    /** From cumulative counts by bucket bound (values at or below it) and the total count. */
    static LatencyPercentiles of(NavigableMap<Duration, Double> cumulative, long count) {
        if (count == 0 || cumulative.isEmpty()) {
            return NONE;
        }
        return new LatencyPercentiles(count, quantile(0.5, cumulative, count), quantile(0.95, cumulative, count),
                quantile(0.99, cumulative, count));
    }

    static Duration quantile(double q, NavigableMap<Duration, Double> cumulative, long count) {
        double rank = q * count;
        Duration lower = Duration.ZERO;
        double below = 0;
        for (var bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                double inBucket = bucket.getValue() - below;
                double fraction = inBucket <= 0 ? 1 : (rank - below) / inBucket;
                long span = bucket.getKey().toNanos() - lower.toNanos();
                return lower.plusNanos(Math.round(span * fraction));
            }
            lower = bucket.getKey();
            below = bucket.getValue();
        }
        return cumulative.lastKey();
    }

    /** Adds cumulative counts of another histogram with the same bounds. */
    static void add(NavigableMap<Duration, Double> into, Duration bound, double cumulativeCount) {
        into.merge(bound, cumulativeCount, Double::sum);
    }

    static NavigableMap<Duration, Double> empty() {
        return new TreeMap<>();
    }
}
