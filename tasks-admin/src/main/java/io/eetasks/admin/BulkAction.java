package io.eetasks.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk action: on the tasks listed by id, or on the tasks that match a filter (the same parameters
 * as the task list), one batch per request.
 *
 * @param action cancel, retry, run-now or delete
 * @param ids    the tasks to act on (at most {@value TasksResource#MAX_IDS}), or {@code null}
 * @param filter the filter the tasks to act on match, or {@code null}
 * @param all    {@code true} to act on every task when the filter has no criteria (or there is none)
 * @param after  the {@code next} cursor of the previous batch's answer; {@code null} for the first batch
 */
public record BulkAction(String action, List<UUID> ids, Map<String, String> filter, Boolean all, String after) {

    /** Whether the tasks are chosen by filter (or all of them) rather than by id. */
    boolean byFilter() {
        return filter != null || Boolean.TRUE.equals(all);
    }
}
