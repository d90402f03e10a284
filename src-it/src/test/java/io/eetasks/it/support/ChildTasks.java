package io.eetasks.it.support;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tasks that parents submit as their children. */
@ApplicationScoped
public class ChildTasks {

    @Inject
    Executions executions;

    @DistributedTask(name = "it.leaf")
    public TaskHandle<Integer> leaf(String key, int index) {
        executions.record(key);
        return TaskHandle.completed(index);
    }

    /** Finishes at the same moment as the other {@code siblings - 1} children of its parent. */
    @DistributedTask(name = "it.meeting-leaf")
    public TaskHandle<Integer> meetingLeaf(String key, int index, int siblings) {
        executions.meet(key, siblings);
        executions.record(key);
        return TaskHandle.completed(index);
    }

    /** Finishes at the given instant, on whichever node runs it, as its siblings do. */
    @DistributedTask(name = "it.leaf-at")
    public TaskHandle<Integer> leafAt(String key, int index, long epochMillis) {
        sleep(epochMillis - System.currentTimeMillis());
        executions.record(key);
        return TaskHandle.completed(index);
    }

    @DistributedTask(name = "it.sleeping-leaf")
    public TaskHandle<String> sleepingLeaf(String key, long millis) {
        sleep(millis);
        executions.record(key);
        return TaskHandle.completed("slept " + key);
    }

    @DistributedTask(name = "it.failing-leaf")
    @TaskRetry(maxAttempts = 1)
    public TaskHandle<String> failingLeaf(String key) {
        executions.record(key);
        throw new IllegalStateException("leaf " + key + " fails");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
