package io.eetasks;

import java.time.Instant;

/**
 * A line a task wrote to its log with {@link TaskContext#log(String)}.
 *
 * @param attempt  the attempt that wrote it, from 1
 * @param loggedAt when it was written
 * @param message  the line, at most {@value #MAX_LENGTH} characters
 */
public record TaskLogLine(int attempt, Instant loggedAt, String message) {

    /** The most lines a task keeps; later ones are dropped. */
    public static final int MAX_LINES = 1_000;

    /** The longest line kept; a longer one is cut. */
    public static final int MAX_LENGTH = 2_000;
}
