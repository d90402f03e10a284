package io.eetasks.runtime.limits;

import io.eetasks.runtime.store.DatabaseClock;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves keys' lines on this node, each in a transaction of its own: at once when a permit is given back,
 * or at the time a rate window lets the next task start. A key has at most one hand-over waiting to run
 * (the earliest), so a burst of releases moves its line once or twice, not once per release.
 */
@ApplicationScoped
public class HandOvers {

    private static final Logger LOG = Logger.getLogger(HandOvers.class);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Permits permits;

    @Inject
    DatabaseClock clock;

    /** When the hand-over waiting to run for each key is due. */
    private final Map<LimitKey, Instant> planned = new ConcurrentHashMap<>();

    private ScheduledExecutorService executor;

    /** Moves the key's line as soon as possible. */
    public void soon(LimitKey key) {
        at(key, Instant.now());
    }

    /** Moves the key's line as soon as possible if tasks wait in it (a cheap read first, no lock). */
    public void soonIfWaiting(LimitKey key) {
        executor().execute(() -> {
            try {
                if (permits.hasWaiting(key)) {
                    soon(key);
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "Looking for tasks waiting for %s failed", key);
            }
        });
    }

    /** Moves the key's line at {@code time} (this node's clock), unless a move comes before. */
    public void at(LimitKey key, Instant time) {
        Instant[] kept = {null};
        planned.compute(key, (k, earlier) -> {
            if (earlier != null && !earlier.isAfter(time)) {
                return earlier;
            }
            kept[0] = time;
            return time;
        });
        if (kept[0] != null) {
            long delay = Math.max(0, Duration.between(Instant.now(), time).toMillis());
            executor().schedule(() -> run(key, time), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void run(LimitKey key, Instant time) {
        // Only the planned run goes; one replaced by an earlier one has run already.
        if (!planned.remove(key, time)) {
            return;
        }
        try {
            permits.handOver(key, clock.now());
        } catch (RuntimeException e) {
            // The leader's round moves every line with waiting tasks a few seconds later.
            LOG.debugf(e, "Moving the line of %s failed", key);
        }
    }

    private synchronized ScheduledExecutorService executor() {
        if (executor == null) {
            executor = Executors.newScheduledThreadPool(2, threads);
        }
        return executor;
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
