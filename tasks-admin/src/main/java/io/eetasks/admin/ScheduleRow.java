package io.eetasks.admin;

import io.eetasks.ScheduleInfo;

import java.time.Instant;

/** A recurring schedule as the console shows it; {@code rate} is an ISO-8601 duration. */
public record ScheduleRow(String name, String application, String taskName, String cron, String rate, String zone,
                          boolean paused, Instant nextFireAt, Instant lastFiredAt) {

    static ScheduleRow of(ScheduleInfo schedule) {
        return new ScheduleRow(schedule.name(), schedule.application(), schedule.taskName(), schedule.cron(),
                schedule.fixedRate() == null ? null : schedule.fixedRate().toString(), schedule.zone(),
                schedule.paused(), schedule.nextFireAt(), schedule.lastFireAt());
    }
}
