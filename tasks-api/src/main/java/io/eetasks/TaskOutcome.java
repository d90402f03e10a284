package io.eetasks;

import java.util.UUID;

/**
 * How a task finished, as its callback tasks receive it. A callback is a {@link DistributedTask}
 * method with one parameter of this type:
 *
 * <pre>{@code
 * @DistributedTask(name = "orders.notify")
 * public void notify(TaskOutcome outcome) { ... }
 * }</pre>
 *
 * @param taskId     the source task's id
 * @param taskName   the source task's name
 * @param status     COMPLETED, FAILED or CANCELLED
 * @param resultJson its result as JSON when COMPLETED, else {@code null}
 * @param error      its last error when FAILED (or CANCELLED while running), else {@code null}
 */
public record TaskOutcome(UUID taskId, String taskName, TaskStatus status, String resultJson, TaskError error) {
}
