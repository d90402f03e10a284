package io.eetasks.runtime.scheduling;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.eetasks.RecurringSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When a recurring schedule fires. Cron expressions have five fields (Unix) or six or seven with
 * seconds first (Quartz); they are read in the schedule's zone, so a daylight-saving change moves
 * the instants, not the wall-clock times. Pure functions.
 */
public final class FireTimes {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser QUARTZ =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private FireTimes() {
    }

    /**
     * Checks the schedule's cron expression.
     *
     * @throws IllegalArgumentException naming the expression and what is wrong with it
     */
    public static void validate(RecurringSchedule schedule) {
        if (schedule.cron() != null) {
            parse(schedule.cron());
        }
    }

    /** The first fire time strictly after {@code after}; for a fixed rate, counted on from {@code previous}. */
    public static Instant nextAfter(String cron, Duration fixedRate, ZoneId zone, Instant previous, Instant after) {
        if (cron != null) {
            // From the whole second: cron-utils keeps the fraction of the time it counts from.
            return ExecutionTime.forCron(parse(cron))
                    .nextExecution(ZonedDateTime.ofInstant(after.truncatedTo(ChronoUnit.SECONDS), zone))
                    .map(ZonedDateTime::toInstant)
                    .orElseThrow(() -> new IllegalArgumentException("The cron expression '" + cron
                            + "' has no fire time after " + after));
        }
        long rate = fixedRate.toMillis();
        long behind = Math.max(0, Duration.between(previous, after).toMillis());
        return previous.plusMillis((behind / rate + 1) * rate);
    }

    static Cron parse(String expression) {
        String trimmed = expression.trim();
        int fields = trimmed.split("\\s+").length;
        boolean unix = fields == 5;
        try {
            Cron cron = (unix ? UNIX : QUARTZ).parse(trimmed);
            return cron.validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + expression + "' is not a valid cron expression ("
                    + (unix ? "five fields, Unix style" : "six or seven fields with seconds first, Quartz style")
                    + "): " + e.getMessage(), e);
        }
    }
}
