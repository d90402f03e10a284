package io.eetasks.it.queues;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

/** A task that names a queue no broker has: its application must not deploy. */
@ApplicationScoped
public class UnknownQueueTasks {

    @DistributedTask(name = "it.queues.nowhere", queue = "nowhere")
    public void nowhere() {
    }
}
