package io.eetasks.bridge;

import io.eetasks.RetryPolicy;
import io.eetasks.TaskRetry;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads {@link TaskRetry} into a {@link RetryPolicy}, refusing values that make no sense. */
final class RetryAnnotations {

    private RetryAnnotations() {
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

    private static Duration duration(String text, String attribute) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(attribute + " '" + text
                    + "' is not an ISO-8601 duration such as PT1S or PT5M", e);
        }
    }
}
