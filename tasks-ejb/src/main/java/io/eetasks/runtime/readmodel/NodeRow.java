package io.eetasks.runtime.readmodel;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node that runs (or ran) EE Tasks.
 *
 * @param alive   whether it renewed its last-seen time within three heartbeats
 * @param running how many tasks it is running now
 * @param queues  the queues it consumes from, with how many consumers each (none: it only submits)
 * @param health  its health checks at its last heartbeat: {@code UP}, or {@code DOWN: } and the failing
 *                checks with their reasons; {@code null} before it first reported
 * @param busy    per queue, how many of its consumers were running a task at its last heartbeat
 */
public record NodeRow(String name, Instant startedAt, Instant lastSeenAt, boolean alive, long running,
                      Map<String, Integer> queues, String health, Map<String, Integer> busy) {

    /** The queues column as the node records it: {@code default=16,reports=4}. */
    static Map<String, Integer> parseQueues(String recorded) {
        Map<String, Integer> queues = new TreeMap<>();
        if (recorded != null && !recorded.isBlank()) {
            for (String entry : recorded.split(",")) {
                String[] parts = entry.split("=", 2);
                queues.put(parts[0], parts.length == 2 ? Integer.parseInt(parts[1]) : 0);
            }
        }
        return queues;
    }
}
