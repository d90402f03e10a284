package io.eetasks.runtime.limits;

import io.eetasks.runtime.metrics.Meters;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The gauges of the limits, read from the database with the backlog's (every {@code tasks.metrics.refresh}):
 * tasks waiting for a permit and permits not given back, per limit. Tagged by limit only: a key comes
 * from task arguments and would make a series per customer.
 */
@ApplicationScoped
public class LimitGauges {

    @Inject
    Meters meters;

    @Inject
    LimitTables tables;

    private MultiGauge waiting;
    private MultiGauge running;

    @PostConstruct
    void register() {
        waiting = meters.multiGauge("eetasks.limit.waiting", "Tasks waiting for a permit of the limit, over all its"
                + " keys", null);
        running = meters.multiGauge("eetasks.limit.running", "Permits of the limit not given back (tasks running, or"
                + " handed their turn), over all its keys", null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        Map<String, Long> waitingByLimit = tables.waitingByLimit();
        Map<String, Long> runningByLimit = tables.runningByLimit();
        List<String> names = tables.readAll().stream().map(limit -> limit.name()).toList();
        waiting.register(rows(names, waitingByLimit), true);
        running.register(rows(names, runningByLimit), true);
    }

    private static List<MultiGauge.Row<?>> rows(List<String> names, Map<String, Long> counts) {
        return names.stream().<MultiGauge.Row<?>>map(name -> MultiGauge.Row.of(Tags.of("limit", name),
                counts.getOrDefault(name, 0L))).toList();
    }

    @PreDestroy
    void removeRows() {
        waiting.register(List.of(), true);
        running.register(List.of(), true);
    }
}
