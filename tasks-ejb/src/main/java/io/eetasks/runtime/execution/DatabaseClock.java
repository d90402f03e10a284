package io.eetasks.runtime.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The database's time, so that nodes whose clocks disagree still agree on when a lease expires. It
 * reads the database's clock once a minute and applies the difference to this node's clock.
 */
@ApplicationScoped
public class DatabaseClock {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    private volatile Duration offset;
    private volatile Instant readAt = Instant.MIN;

    public Instant now() {
        Instant local = Instant.now();
        if (offset == null || readAt.plus(REFRESH).isBefore(local)) {
            refresh();
        }
        return Instant.now().plus(offset);
    }

    private synchronized void refresh() {
        Instant before = Instant.now();
        Instant database = toInstant(entityManager.createNativeQuery("select current_timestamp").getSingleResult());
        Instant after = Instant.now();
        Instant local = before.plus(Duration.between(before, after).dividedBy(2));
        offset = Duration.between(local, database);
        readAt = after;
    }

    private static Instant toInstant(Object value) {
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
        throw new IllegalStateException("The database's current_timestamp came back as "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
