package io.eetasks.spi;

import java.util.UUID;

/**
 * Sends the id of a task whose transaction has committed to a queue, from which some node's consumer
 * takes it and hands it to {@link TaskDelivery}. Implementations are CDI beans of the tasks EAR.
 */
public interface TaskTransport {

    /** The queue of every task that names none. */
    String DEFAULT_QUEUE = "default";

    /**
     * Hands the id over for sending. It must not block for long, and need not wait for the broker:
     * a task whose message is lost stays PENDING and is sent again.
     *
     * @param priority the task's priority, from 0 (lowest) to 9 (highest): within a queue, the broker
     *                 delivers messages of a higher priority first
     * @return false when the id could not be handed over now (the runtime sends it again later)
     */
    boolean send(String queue, UUID taskId, int priority);

    /**
     * Whether what is handed over now would go to the broker soon: false while the transport knows the
     * broker cannot be reached and its sends wait. The runtime then holds its periodic re-sending of
     * PENDING tasks, whose messages would only wait behind the others.
     */
    default boolean reachable() {
        return true;
    }
}
