package io.eetasks.it.queues;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import jakarta.enterprise.context.ApplicationScoped;

/** Tasks that say which consumer thread ran them: each queue's consumers are named after it. */
@ApplicationScoped
public class QueueTasks {

    @DistributedTask(name = "it.queues.report", queue = "it-reports")
    public TaskHandle<String> report(String what) {
        return TaskHandle.completed(what + " ran on " + Thread.currentThread().getName());
    }

    @DistributedTask(name = "it.queues.plain")
    public TaskHandle<String> plain(String what) {
        return TaskHandle.completed(what + " ran on " + Thread.currentThread().getName());
    }
}
