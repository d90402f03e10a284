package io.eetasks.runtime.health.probes;

import io.eetasks.runtime.health.HealthProbes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Offers the runtime's probes to the health checks once the EAR has deployed, and takes them back as it stops. */
@ApplicationScoped
public class ProbeRegistration {

    @Inject
    HealthProbes probes;

    @Inject
    DatabaseProbe database;

    @Inject
    ConsumersProbe consumers;

    @Inject
    DueTaskTimerProbe dueTaskTimer;

    @Inject
    ConsumerPoolProbe consumerPool;

    void register(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        probes.register(HealthProbes.DATABASE, database::call);
        probes.register(HealthProbes.CONSUMERS, consumers::call);
        probes.register(HealthProbes.DUE_TASK_TIMER, dueTaskTimer::call);
        probes.register(HealthProbes.CONSUMER_POOL, consumerPool::call);
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        probes.unregister(HealthProbes.DATABASE);
        probes.unregister(HealthProbes.CONSUMERS);
        probes.unregister(HealthProbes.DUE_TASK_TIMER);
        probes.unregister(HealthProbes.CONSUMER_POOL);
    }
}
