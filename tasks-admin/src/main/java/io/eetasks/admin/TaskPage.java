package io.eetasks.admin;

import io.eetasks.runtime.readmodel.TaskRow;

import java.util.List;

/**
 * One page of a task list.
 *
 * @param items the tasks, newest first unless asked otherwise
 * @param next  the cursor of the next page, {@code null} on the last page
 */
public record TaskPage(List<TaskRow> items, String next) {
}
