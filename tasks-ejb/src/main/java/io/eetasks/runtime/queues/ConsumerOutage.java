package io.eetasks.runtime.queues;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The consumers of one queue on this node that have lost their connection: the queue's outage is logged
 * when the first loses it and when the last has it again, not once per consumer.
 */
final class ConsumerOutage {

    private final String queue;
    private final AtomicInteger disconnected = new AtomicInteger();

    ConsumerOutage(String queue) {
        this.queue = queue;
    }

    /** A consumer lost its connection (or could not open it) for the first time in this outage. */
    void lost(String problem) {
        if (disconnected.getAndIncrement() == 0) {
            QueuesLog.LOG.cannotConsume(queue, problem);
        }
    }

    /** A consumer that had lost its connection has one again. */
    void back() {
        if (disconnected.decrementAndGet() == 0) {
            QueuesLog.LOG.consumingAgain(queue);
        }
    }
}
