package io.eetasks.runtime.execution;

import io.eetasks.runtime.cluster.Leadership;
import io.eetasks.runtime.config.TasksConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every third of a lease: renews this node's leases, then takes over expired ones. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class LeaseTimer {

    @Resource
    TimerService timers;

    @Inject
    LeaseKeeper leases;

    @Inject
    TasksConfig config;

    @Inject
    Leadership leadership;

    @PostConstruct
    void start() {
        schedule();
    }

    /** One round at a time: the next is set when this one ends. */
    private void schedule() {
        long every = Math.max(100, config.leaseDuration().toMillis() / 3);
        timers.createSingleActionTimer(every, new TimerConfig("eetasks-leases", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void keepLeases() {
        try {
            leases.renewOwnLeases();
            if (leadership.held()) {
                leases.recoverExpired();
            }
        } catch (RuntimeException e) {
            ExecutionLog.LOG.leasesFailed(e, config.leaseDuration());
        } finally {
            schedule();
        }
    }
}
