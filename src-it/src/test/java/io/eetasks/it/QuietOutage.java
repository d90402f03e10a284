package io.eetasks.it;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a broker outage may leave in a node's log: one line when it began and one when it ended
 * (EETASKS0212, EETASKS0213), at most two ERROR lines, no stack trace of the AMQP client, no line per
 * task message (docs/broker-outage.md).
 */
final class QuietOutage {

    private QuietOutage() {
    }

    /**
     * Checks that the tasks left when the broker was back ({@code back}, epoch ms) ran at once, given the
     * instants the tasks of the test completed (the test application's {@code completions}, one a line,
     * in order): the first after {@code back} within {@code firstWithin} ms, and the others one after
     * another at the node's pace, with no pause of two seconds or more in between (a message left for the
     * periodic re-dispatch would leave one as long as its period).
     */
    static void assertRanAtOnce(long back, String completions, long firstWithin) {
        long[] completed = Arrays.stream(completions.trim().split("\n")).mapToLong(Long::parseLong)
                .filter(instant -> instant >= back).toArray();
        assertThat(completed).as("tasks completed after the broker was back").isNotEmpty();
        long widestPause = 0;
        for (int i = 1; i < completed.length; i++) {
            widestPause = Math.max(widestPause, completed[i] - completed[i - 1]);
        }
        System.out.printf("%d tasks completed after the broker was back: the first %d ms, the last %d ms after it;"
                + " the widest pause between two completions %d ms%n", completed.length, completed[0] - back,
                completed[completed.length - 1] - back, widestPause);
        assertThat(completed[0] - back).as("ms from the broker's return to the first completion").isLessThan(firstWithin);
        assertThat(widestPause).as("ms of the widest pause between two completions").isLessThan(2_000);
    }

    /** Checks the node's log lines written from just before the outage until after it. */
    static void assertLogged(String node, List<String> log) {
        assertThat(log).as("%s: outage begins", node).filteredOn(line -> line.contains("EETASKS0212")).hasSize(1);
        assertThat(log).as("%s: outage ends", node).filteredOn(line -> line.contains("EETASKS0213")).hasSize(1);
        assertThat(log).as("%s: errors", node).filteredOn(line -> line.contains(" ERROR [")).hasSizeLessThanOrEqualTo(2);
        assertThat(log).as("%s: stack traces of the AMQP client", node).noneMatch(line -> line.contains("at io.vertx."));
        // The health subsystem logs each DOWN answer (WFLYMPHEALTH0003): the test asked often.
        assertThat(log).as("%s: lines logged during the outage", node)
                .filteredOn(line -> !line.contains("WFLYMPHEALTH0003")).hasSizeLessThan(100);
    }
}
