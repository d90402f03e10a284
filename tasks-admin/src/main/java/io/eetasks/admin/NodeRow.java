package io.eetasks.admin;

import java.time.Instant;

/**
 * A node that runs (or ran) EE Tasks.
 *
 * @param alive   whether it renewed its last-seen time within three heartbeats
 * @param running how many tasks it is running now
 */
public record NodeRow(String name, Instant startedAt, Instant lastSeenAt, boolean alive, long running) {
}
