package io.eetasks.runtime.queues;

import java.time.Duration;

/**
 * What one consumer is doing at a moment.
 *
 * @param queue              the queue it consumes from
 * @param alive              whether its thread still runs
 * @param connected          whether it has a connection to the broker
 * @param connectionProblem  why its last connection failed, while it is not connected again
 * @param delivering         how long the tasks it handed to the runtime have been running ({@code ZERO}: none)
 */
public record ConsumerState(String queue, boolean alive, boolean connected, String connectionProblem,
                            Duration delivering) {
}
