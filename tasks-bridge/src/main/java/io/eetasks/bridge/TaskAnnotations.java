package io.eetasks.bridge;

import io.eetasks.Recurring;
import io.eetasks.RecurringSchedule;
import io.eetasks.RetryPolicy;
import io.eetasks.TaskRetry;

import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads {@link TaskRetry}, {@link Recurring} and the timeout of a task method, refusing values that make no sense. */
final class TaskAnnotations {

    private TaskAnnotations() {
    }

    /** The method's policy (from the method, else its class), or {@code null} if neither declares one. */
    static RetryPolicy policyOf(Method method) {
        TaskRetry retry = method.getAnnotation(TaskRetry.class);
        if (retry == null) {
            retry = method.getDeclaringClass().getAnnotation(TaskRetry.class);
        }
        if (retry == null) {
            return null;
        }
        try {
            return new RetryPolicy(retry.maxAttempts(), duration(retry.initialDelay(), "initialDelay"),
                    retry.multiplier(), duration(retry.maxDelay(), "maxDelay"), retry.jitter(),
                    Arrays.stream(retry.abortOn()).map(Class::getName).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@TaskRetry on " + method + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The method's {@code @DistributedTask(timeout)}, or {@code null} when it sets none. */
    static Duration timeoutOf(Method method, String timeout) {
        if (timeout.isBlank()) {
            return null;
        }
        try {
            Duration limit = duration(timeout, "timeout");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            return limit;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@DistributedTask on " + method + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The schedule a {@link Recurring} method declares, or {@code null} if it declares none. */
    static RecurringSchedule scheduleOf(Method method, String taskName) {
        Recurring recurring = method.getAnnotation(Recurring.class);
        if (recurring == null) {
            return null;
        }
        try {
            if (method.getParameterCount() > 0) {
                throw new IllegalArgumentException("a @Recurring method takes no parameters;"
                        + " register a schedule with arguments through TaskService.schedule instead");
            }
            String name = recurring.name().isBlank() ? taskName : recurring.name();
            return new RecurringSchedule(name, recurring.cron().isBlank() ? null : recurring.cron(),
                    recurring.fixedRate().isBlank() ? null : duration(recurring.fixedRate(), "fixedRate"),
                    ZoneId.of(recurring.zone()), recurring.misfire());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("@Recurring on " + method + " is not valid: " + e.getMessage(), e);
        }
    }

    private static Duration duration(String text, String attribute) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(attribute + " '" + text
                    + "' is not an ISO-8601 duration such as PT1S or PT5M", e);
        }
    }
}
