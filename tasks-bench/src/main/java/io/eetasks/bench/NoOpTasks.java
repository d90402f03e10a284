package io.eetasks.bench;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import io.eetasks.TaskOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tasks that do nothing but note how late they started, and a parent of many of them. */
@ApplicationScoped
public class NoOpTasks {

    @Inject
    Measurements measurements;

    @Inject
    NoOpTasks self;

    /** Submits {@code children} no-op children, measured from {@code sinceEpochMillis}, and waits for them. */
    @DistributedTask(name = "bench.fan-out", onAnyCompletion = "bench.parent-decided")
    public TaskHandle<Integer> fanOut(int children, long sinceEpochMillis) {
        for (int i = 0; i < children; i++) {
            self.noOp(sinceEpochMillis);
        }
        return TaskHandle.completed(children);
    }

    /** Counts the decisions of parents: one per parent, or the fan-in is wrong. */
    @DistributedTask(name = "bench.parent-decided")
    public void parentDecided(TaskOutcome outcome) {
        measurements.decided(outcome.taskId());
    }

    @DistributedTask(name = "bench.no-op")
    public void noOp(long dueEpochMillis) {
        measurements.started(dueEpochMillis);
    }
}
