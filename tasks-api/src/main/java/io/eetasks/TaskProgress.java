package io.eetasks;

import java.time.Instant;

/**
 * How far a task has got, as it last reported through {@link TaskContext#progress(long, long)}.
 *
 * @param done      units done
 * @param total     units in all
 * @param updatedAt when it was reported
 */
public record TaskProgress(long done, long total, Instant updatedAt) {

    /** The shortest time between two reports that are written, unless the last one is the end. */
    public static final long WRITE_INTERVAL_MILLIS = 200;

    /** The part done, from 0 to 1. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }
}
