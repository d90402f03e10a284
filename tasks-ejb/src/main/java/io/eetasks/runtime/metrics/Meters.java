package io.eetasks.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToDoubleFunction;

/**
 * The server's Micrometer registry (the {@code micrometer} subsystem, 07-observability.cli), through
 * which every EE Tasks meter is made; and the meters made, removed when the runtime stops so a
 * redeployed runtime starts from its own. Without the subsystem, meters count into nothing.
 * (docs/metrics.md)
 */
@ApplicationScoped
public class Meters {

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;
    private final List<Meter> made = new CopyOnWriteArrayList<>();

    /**
     * The subsystem gives each deployment its registry by the thread's context class loader, so this
     * module's is set while it is asked for, whichever thread first counts something.
     */
    @PostConstruct
    void init() {
        MeterRegistry deploymentRegistry = null;
        if (registries.isResolvable()) {
            Thread thread = Thread.currentThread();
            ClassLoader caller = thread.getContextClassLoader();
            thread.setContextClassLoader(Meters.class.getClassLoader());
            try {
                deploymentRegistry = registries.get();
            } finally {
                thread.setContextClassLoader(caller);
            }
        }
        if (deploymentRegistry == null) {
            MetricsLog.LOG.noRegistry();
            registry = new CompositeMeterRegistry();
        } else {
            registry = ServerRegistry.behind(deploymentRegistry);
        }
    }

    Counter counter(String name, String description, String... tags) {
        return keep(Counter.builder(name).description(description).tags(tags).register(registry));
    }

    Timer timer(String name, String description, Duration[] buckets, String... tags) {
        return keep(Timer.builder(name).description(description).tags(tags).serviceLevelObjectives(buckets)
                .register(registry));
    }

    <T> Gauge gauge(String name, String description, String baseUnit, T state, ToDoubleFunction<T> value) {
        return keep(Gauge.builder(name, state, value).description(description).baseUnit(baseUnit).strongReference(true)
                .register(registry));
    }

    /** A gauge with one row per set of tags, all replaced at each {@link MultiGauge#register}. */
    public MultiGauge multiGauge(String name, String description, String baseUnit) {
        return MultiGauge.builder(name).description(description).baseUnit(baseUnit).register(registry);
    }

    private <M extends Meter> M keep(M meter) {
        made.add(meter);
        return meter;
    }

    @PreDestroy
    void removeMade() {
        made.forEach(registry::remove);
        made.clear();
    }
}
