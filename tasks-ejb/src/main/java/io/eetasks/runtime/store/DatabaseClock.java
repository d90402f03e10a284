package io.eetasks.runtime.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * The database's time, so that nodes whose clocks disagree still agree on when a lease expires. It
 * reads the database's clock once a minute and applies the difference to this node's clock.
 */
@ApplicationScoped
public class DatabaseClock {

    private static final Duration REFRESH = Duration.ofMinutes(1);

    @Inject
    DatabaseTimeReading reading;

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
        Instant database = reading.now();
        Instant after = Instant.now();
        Instant local = before.plus(Duration.between(before, after).dividedBy(2));
        offset = Duration.between(local, database);
        readAt = after;
    }
}
