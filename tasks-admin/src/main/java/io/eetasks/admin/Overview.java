package io.eetasks.admin;

import io.eetasks.TaskStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the console's overview shows.
 *
 * @param at         when it was computed
 * @param byStatus   how many tasks have each status (those of finished tasks as of {@code totalsAt})
 * @param byName     per task name and application, how many tasks have each status, as of {@code totalsAt}
 * @param totalsAt   when the totals by name and of finished tasks were counted (they lag up to a minute)
 * @param perMinute  tasks finished in each of the last minutes, by final status, oldest first
 */
public record Overview(Instant at, Map<TaskStatus, Long> byStatus, List<NameCounts> byName, Instant totalsAt,
                       List<MinuteCounts> perMinute) {

    /** The counts of one task name. */
    public record NameCounts(String name, String application, Map<TaskStatus, Long> byStatus) {
    }

    /** The tasks that finished in one minute. */
    public record MinuteCounts(Instant minute, long completed, long failed, long cancelled) {
    }
}
