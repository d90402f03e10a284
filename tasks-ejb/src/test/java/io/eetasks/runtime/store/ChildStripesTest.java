package io.eetasks.runtime.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ChildStripesTest {

    @Test
    void aChildAlwaysFallsInTheSameStripe() {
        UUID child = UUID.randomUUID();
        UUID sameId = UUID.fromString(child.toString());

        assertThat(ChildStripes.of(sameId)).isEqualTo(ChildStripes.of(child)).isBetween(0, ChildStripes.STRIPES - 1);
    }

    @Test
    void theStripesCountEveryChildOnceAndLeaveEmptyStripesOut() {
        List<UUID> children = IntStream.range(0, 10_000).mapToObj(i -> UUID.randomUUID()).toList();

        Map<Integer, Integer> counts = ChildStripes.count(children);

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
        assertThat(counts).hasSize(ChildStripes.STRIPES).allSatisfy((stripe, count) -> assertThat(count).isPositive());
        assertThat(ChildStripes.count(List.of(children.get(0)))).containsExactly(Map.entry(ChildStripes.of(children.get(0)), 1));
    }

    @Test
    void tenThousandChildrenSpreadEvenlyEnoughThatNoStripeHoldsTwiceItsShare() {
        List<UUID> children = IntStream.range(0, 10_000).mapToObj(i -> UUID.randomUUID()).toList();

        assertThat(ChildStripes.count(children).values()).allSatisfy(count ->
                assertThat(count).isLessThan(2 * 10_000 / ChildStripes.STRIPES));
    }
}
