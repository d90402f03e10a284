package io.eetasks.admin;

import io.eetasks.runtime.readmodel.TaskRow;

import java.time.Instant;
import java.util.UUID;

/**
 * A message the broker gave up delivering.
 *
 * @param messageId     the broker's message id
 * @param taskId        the task it was sent for, or {@code null} if its body is not a task id
 * @param receivedAt    when it was sent
 * @param deliveryCount how often delivery was tried
 * @param task          that task as stored now, or {@code null}
 */
public record DeadLetter(String messageId, UUID taskId, Instant receivedAt, int deliveryCount, TaskRow task) {
}
