package io.eetasks;

/**
 * The error a task attempt ended with, stored as text so that it can be shown without loading the
 * exception's class.
 *
 * @param type       the exception's class name
 * @param message    the exception's message, may be {@code null}
 * @param stackTrace the full stack trace, causes included
 */
public record TaskError(String type, String message, String stackTrace) {
}
