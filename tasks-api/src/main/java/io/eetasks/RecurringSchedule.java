package io.eetasks;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A recurring schedule registered at run time with {@link TaskService#schedule(RecurringSchedule, Runnable)}.
 * Registering a name again replaces that schedule.
 *
 * <pre>{@code
 * tasks.schedule(RecurringSchedule.cron("invoices.daily", "0 0 6 * * ?").inZone(ZoneId.of("Europe/Berlin")),
 *         () -> invoices.sendDue(Region.EU));
 * }</pre>
 *
 * @param name      the schedule's unique name
 * @param cron      a cron expression (see {@link Recurring#cron()}), or {@code null} with a fixed rate
 * @param fixedRate the interval between fire times, or {@code null} with a cron expression
 * @param zone      the zone the cron expression is read in
 * @param misfire   what to do about missed fire times
 */
public record RecurringSchedule(String name, String cron, Duration fixedRate, ZoneId zone, Misfire misfire) {

    public RecurringSchedule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A recurring schedule needs a name");
        }
        if ((cron == null) == (fixedRate == null)) {
            throw new IllegalArgumentException("Schedule " + name + " needs either a cron expression or a fixed rate");
        }
        if (fixedRate != null && (fixedRate.isNegative() || fixedRate.toMillis() < 1)) {
            throw new IllegalArgumentException("Schedule " + name + ": the fixed rate must be positive, was " + fixedRate);
        }
        Objects.requireNonNull(zone, "zone is required");
        Objects.requireNonNull(misfire, "misfire is required");
    }

    /** A schedule that fires at the times the cron expression gives, in UTC. */
    public static RecurringSchedule cron(String name, String cron) {
        return new RecurringSchedule(name, Objects.requireNonNull(cron, "cron is required"), null, ZoneOffset.UTC,
                Misfire.FIRE_ONCE);
    }

    /** A schedule that fires every {@code rate}, starting one rate from now. */
    public static RecurringSchedule fixedRate(String name, Duration rate) {
        return new RecurringSchedule(name, null, Objects.requireNonNull(rate, "rate is required"), ZoneOffset.UTC,
                Misfire.FIRE_ONCE);
    }

    public RecurringSchedule inZone(ZoneId timeZone) {
        return new RecurringSchedule(name, cron, fixedRate, timeZone, misfire);
    }

    public RecurringSchedule onMisfire(Misfire policy) {
        return new RecurringSchedule(name, cron, fixedRate, zone, policy);
    }
}
