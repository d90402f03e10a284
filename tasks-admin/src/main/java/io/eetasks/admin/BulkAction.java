package io.eetasks.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk action: on the tasks listed by id, or on every task that matches a filter (the same
 * parameters as the task list).
 *
 * @param action cancel, retry, run-now or delete
 * @param ids    the tasks to act on, or {@code null}
 * @param filter the filter the tasks to act on match, or {@code null}
 */
public record BulkAction(String action, List<UUID> ids, Map<String, String> filter) {
}
