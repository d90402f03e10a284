package io.eetasks.runtime.facade;

import io.eetasks.runtime.submission.ApplicationInvokers;
import io.eetasks.runtime.dispatch.PendingTaskRedispatcher;
import io.eetasks.runtime.execution.TaskExecutor;
import io.eetasks.runtime.scheduling.Schedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What follows an application's deployment on this node: its problems may be reported again, the
 * schedules it declares are registered, and its tasks that waited for it are sent.
 */
@ApplicationScoped
public class Deployments {

    @Inject
    ApplicationInvokers invokers;

    @Inject
    TaskExecutor executor;

    @Inject
    Schedules schedules;

    @Inject
    PendingTaskRedispatcher redispatcher;

    public void applicationAvailable(String application) {
        executor.forgetMissing(application);
        invokers.of(application).ifPresent(invoker -> invoker.declaredSchedules().forEach(definition -> {
            try {
                schedules.register(definition);
            } catch (RuntimeException e) {
                FacadeLog.LOG.scheduleNotRegistered(application, definition.schedule().name(), e.getMessage());
            }
        }));
        redispatcher.redispatchWaitingFor(application);
    }
}
