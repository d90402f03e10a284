package io.eetasks.bench;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A task that does nothing but note how late it started. */
@ApplicationScoped
public class NoOpTasks {

    @Inject
    Measurements measurements;

    @DistributedTask(name = "bench.no-op")
    public void noOp(long dueEpochMillis) {
        measurements.started(dueEpochMillis);
    }
}
