package io.eetasks.it;

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

    /** Checks the node's log lines written from just before the outage until after it. */
    static void assertLogged(String node, List<String> log) {
        assertThat(log).as("%s: outage begins", node).filteredOn(line -> line.contains("EETASKS0212")).hasSize(1);
        assertThat(log).as("%s: outage ends", node).filteredOn(line -> line.contains("EETASKS0213")).hasSize(1);
        assertThat(log).as("%s: errors", node).filteredOn(line -> line.contains(" ERROR [")).hasSizeLessThanOrEqualTo(2);
        assertThat(log).as("%s: stack traces of the AMQP client", node).noneMatch(line -> line.contains("at io.vertx."));
        assertThat(log.size()).as("%s: lines logged during the outage", node).isLessThan(100);
    }
}
