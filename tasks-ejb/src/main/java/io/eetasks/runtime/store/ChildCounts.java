package io.eetasks.runtime.store;

import io.eetasks.TaskStatus;

import java.util.List;

/**
 * The children a parent waits for, counted by outcome.
 *
 * @param unfinished those that have not finished yet
 * @param failed     those that ended FAILED or CANCELLED
 * @param total      all of them
 */
public record ChildCounts(int unfinished, int failed, int total) {

    /** From rows of (status, count). */
    static ChildCounts of(List<Object[]> rows) {
        int unfinished = 0;
        int failed = 0;
        int total = 0;
        for (Object[] row : rows) {
            TaskStatus status = (TaskStatus) row[0];
            int count = ((Number) row[1]).intValue();
            total += count;
            if (!status.isTerminal()) {
                unfinished += count;
            } else if (status != TaskStatus.COMPLETED) {
                failed += count;
            }
        }
        return new ChildCounts(unfinished, failed, total);
    }
}
