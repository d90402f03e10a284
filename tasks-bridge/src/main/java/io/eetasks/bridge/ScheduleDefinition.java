package io.eetasks.bridge;

import io.eetasks.RecurringSchedule;

/**
 * A recurring schedule with the task call it repeats.
 *
 * @param schedule when it fires
 * @param call     the task and arguments each firing submits
 */
public record ScheduleDefinition(RecurringSchedule schedule, Submission call) {
}
