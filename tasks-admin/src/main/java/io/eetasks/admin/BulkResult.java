package io.eetasks.admin;

/**
 * What a bulk action did.
 *
 * @param action  the action
 * @param matched the tasks it was asked to act on
 * @param changed those it changed; the others' status did not allow it
 */
public record BulkResult(TaskAction action, int matched, int changed) {
}
