package io.eetasks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@link DistributedTask} method without parameters on a schedule, once per fire time across
 * all nodes. Give either {@code cron} or {@code fixedRate}. A bad expression fails the deployment.
 *
 * <pre>{@code
 * @DistributedTask(name = "reports.nightly")
 * @Recurring(cron = "0 30 2 * * ?", zone = "Europe/Paris")
 * public void nightlyReport() { ... }
 * }</pre>
 *
 * @see RecurringSchedule for schedules registered at run time
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Recurring {

    /**
     * A cron expression: five fields (minute hour day-of-month month day-of-week, as in Unix cron)
     * or six or seven with seconds first (as in Quartz, with {@code ?} for one of the day fields).
     */
    String cron() default "";

    /** A fixed rate instead of a cron expression, as an ISO-8601 duration such as {@code "PT5M"}. */
    String fixedRate() default "";

    /** The time zone the cron expression is read in; UTC by default. Daylight-saving changes are honoured. */
    String zone() default "UTC";

    /** What to do about fire times missed while no node ran. */
    Misfire misfire() default Misfire.FIRE_ONCE;

    /** The schedule's name; the task's name by default. */
    String name() default "";
}
