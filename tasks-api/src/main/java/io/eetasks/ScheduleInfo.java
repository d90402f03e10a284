package io.eetasks;

import java.time.Duration;
import java.time.Instant;

/**
 * A recurring schedule as stored.
 *
 * @param name        its name
 * @param application the application whose task it runs
 * @param taskName    the task it runs
 * @param cron        its cron expression, or {@code null}
 * @param fixedRate   its fixed rate, or {@code null}
 * @param zone        the zone its cron expression is read in
 * @param misfire     what it does about missed fire times
 * @param paused      whether it is paused
 * @param nextFireAt  when it fires next
 * @param lastFireAt  when it last fired, or {@code null}
 */
public record ScheduleInfo(String name, String application, String taskName, String cron, Duration fixedRate,
                           String zone, Misfire misfire, boolean paused, Instant nextFireAt, Instant lastFireAt) {
}
