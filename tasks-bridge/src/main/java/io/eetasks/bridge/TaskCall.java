package io.eetasks.bridge;

import java.time.Duration;
import java.util.UUID;

/**
 * One execution of a task, as the runtime asks an application's invoker to run it.
 *
 * @param taskId      the task's id
 * @param name        the task's name
 * @param payloadJson its arguments as a JSON array
 * @param attempt     the number of this attempt, from 1
 * @param resultWait  how long to wait for a {@code CompletionStage} the method returns to complete
 * @param idempotencyKey the key it was submitted with, or {@code null}
 */
public record TaskCall(UUID taskId, String name, String payloadJson, int attempt, Duration resultWait,
                       String idempotencyKey) {
}
