package io.eetasks.runtime.store;

import java.time.Duration;
import java.time.Instant;

/**
 * How soon an overdue task's message is sent again after the re-dispatch has sent it once more: after
 * as long as the task had waited by then, so the spacing doubles (a task that waits an hour gets its
 * next message an hour later). A message that has really been lost is sent again at once; one that
 * waits in a long backlog gets a few more messages, not one per round (docs/redispatch.md).
 */
public final class ResendSpacing {

    private ResendSpacing() {
    }

    /**
     * The time the message sent {@code now} counts as sent as of: the re-dispatch sends a message again
     * once it has counted as sent for {@code after}. At least {@code now}.
     */
    public static Instant sentAsOf(Instant now, Instant updatedAt, Duration after) {
        Duration waited = Duration.between(updatedAt, now);
        Instant next = now.plus(waited).minus(after);
        return next.isAfter(now) ? next : now;
    }
}
