package io.eetasks.runtime.metrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyPercentilesTest {

    /** 100 values: 50 up to 10 ms, 40 more up to 100 ms, 10 more up to 1 s. */
    private static NavigableMap<Duration, Double> histogram() {
        NavigableMap<Duration, Double> cumulative = new TreeMap<>();
        cumulative.put(Duration.ofMillis(10), 50.0);
        cumulative.put(Duration.ofMillis(100), 90.0);
        cumulative.put(Duration.ofSeconds(1), 100.0);
        return cumulative;
    }

    @Test
    void interpolatesWithinTheBucketTheRankFallsIn() {
        LatencyPercentiles percentiles = LatencyPercentiles.of(histogram(), 100);

        assertThat(percentiles.count()).isEqualTo(100);
        assertThat(percentiles.p50()).isEqualTo(Duration.ofMillis(10));
        // rank 95 is half way through the bucket from 100 ms to 1 s
        assertThat(percentiles.p95()).isEqualTo(Duration.ofMillis(550));
        assertThat(percentiles.p99()).isEqualTo(Duration.ofMillis(910));
    }

    @Test
    void aRankPastTheLastBoundReadsAsThatBound() {
        NavigableMap<Duration, Double> cumulative = histogram();

        // 10 of 110 values are above 1 s, the last bound
        assertThat(LatencyPercentiles.quantile(0.99, cumulative, 110)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anEmptyHistogramHasNoPercentiles() {
        assertThat(LatencyPercentiles.of(new TreeMap<>(), 0)).isEqualTo(LatencyPercentiles.NONE);
        assertThat(LatencyPercentiles.NONE.p50()).isNull();
    }

    @Test
    void histogramsWithTheSameBoundsAddUp() {
        NavigableMap<Duration, Double> sum = LatencyPercentiles.empty();
        histogram().forEach((bound, count) -> LatencyPercentiles.add(sum, bound, count));
        histogram().forEach((bound, count) -> LatencyPercentiles.add(sum, bound, count));

        assertThat(sum).containsEntry(Duration.ofMillis(100), 180.0);
        assertThat(LatencyPercentiles.of(sum, 200).p50()).isEqualTo(Duration.ofMillis(10));
    }
}
