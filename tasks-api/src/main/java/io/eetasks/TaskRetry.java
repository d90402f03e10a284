package io.eetasks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The retry policy of a {@link DistributedTask} method (or of every task method of a class). Without
 * it, tasks follow {@link RetryPolicy#DEFAULT}, or the {@code tasks.retry.*} configuration. Delays
 * are ISO-8601 durations; a bad value fails the deployment.
 *
 * <pre>{@code
 * @DistributedTask(name = "mail.send")
 * @TaskRetry(maxAttempts = 5, initialDelay = "PT10S", maxDelay = "PT10M", abortOn = AddressException.class)
 * public void send(Mail mail) { ... }
 * }</pre>
 *
 * @see RetryPolicy
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TaskRetry {

    /** Attempts in all, the first included; {@link RetryPolicy#UNLIMITED} for no limit. */
    int maxAttempts() default 3;

    /** The delay before the first retry. */
    String initialDelay() default "PT1S";

    /** How much each delay grows over the one before. */
    double multiplier() default 2.0;

    /** The longest delay. */
    String maxDelay() default "PT1H";

    /** How far a delay may be moved at random, as a fraction of it. */
    double jitter() default 0.1;

    /** Exceptions (and their subtypes) that fail the task at once. */
    Class<? extends Throwable>[] abortOn() default {};
}
