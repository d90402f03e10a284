package io.eetasks.runtime.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Reads a timestamp a native query returned, whatever type the database and its driver chose for it. */
public final class DatabaseTimes {

    private DatabaseTimes() {
    }

    public static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("The database returned a timestamp as "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
