package io.eetasks.runtime.store;

import io.eetasks.TaskStatus;

import java.time.Instant;

/**
 * Unfinished tasks of one status in one queue.
 *
 * @param oldestPendingSince for PENDING tasks, since when the oldest could start; else {@code null}
 */
public record BacklogRow(TaskStatus status, String queue, long tasks, Instant oldestPendingSince) {
}
