package io.eetasks.runtime.readmodel;

import io.eetasks.TaskStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which tasks a list is about. Every criterion is optional ({@code null}, or no statuses); given ones
 * must all match.
 *
 * @param statuses       any of these statuses
 * @param name           this task name
 * @param application    this application
 * @param queue          sent to this queue
 * @param parentId       children of this task
 * @param rootId         tasks of this tree
 * @param from           created at or after
 * @param to             created before
 * @param id             this task
 * @param nameContaining a part of the task name (case-insensitive)
 * @param label          carrying this label
 * @param priority       of this priority
 */
public record TaskCriteria(List<TaskStatus> statuses, String name, String application, String queue, UUID parentId,
                           UUID rootId, Instant from, Instant to, UUID id, String nameContaining, String label,
                           Integer priority) {

    public TaskCriteria {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
