package io.eetasks.admin;

/**
 * What one request of a bulk action did.
 *
 * @param action  the action
 * @param matched the tasks it was asked to act on in this request
 * @param changed those it changed; the others' status did not allow it
 * @param next    for an action by filter, the cursor to send as {@code after} for the next batch;
 *                {@code null} when every matching task has been acted on
 */
public record BulkResult(TaskAction action, int matched, int changed, String next) {
}
