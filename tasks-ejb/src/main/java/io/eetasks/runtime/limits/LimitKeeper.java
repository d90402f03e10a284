package io.eetasks.runtime.limits;

import io.eetasks.TaskLimit;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The leader's round over the limits, every few seconds: what the events that move the lines might have
 * missed. It gives back permits of tasks that neither run nor wait to run, takes finished tasks out of
 * the lines, moves every line that has waiting tasks (a node that planned a move died), and deletes
 * permits no window needs any more.
 */
@ApplicationScoped
public class LimitKeeper {

    /** How long released permits are kept beyond the longest window. */
    private static final Duration KEPT_BEYOND_WINDOWS = Duration.ofMinutes(1);

    @Inject
    LimitTables tables;

    @Inject
    HandOvers handOvers;

    @Inject
    DatabaseClock clock;

    @Inject
    Transactions transactions;

    /** One round, in a transaction of its own; the lines move once it has committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void round() {
        Instant now = clock.now();
        List<LimitKey> stray = tables.releaseStray(now);
        if (!stray.isEmpty()) {
            LimitsLog.LOG.strayPermitsReleased(stray);
        }
        tables.dropStrayWaiting();
        Duration longest = tables.readAll().stream().filter(TaskLimit::hasRate).map(TaskLimit::window)
                .max(Duration::compareTo).orElse(Duration.ZERO);
        tables.deleteReleasedBefore(now.minus(longest).minus(KEPT_BEYOND_WINDOWS));
        List<LimitKey> waiting = tables.keysWithWaiting();
        transactions.afterCommit(() -> waiting.forEach(handOvers::soon));
    }
}
