package io.eetasks.runtime.limits;

import io.eetasks.TaskLimit;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.transaction.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limits defined, kept in the database so that every node applies the same bounds (docs/permits.md).
 * The names known are cached to check submissions; the bounds are read under the limit's lock each time
 * permits are taken or handed over.
 */
@ApplicationScoped
public class LimitDefinitions {

    @Inject
    LimitTables tables;

    @Inject
    DatabaseClock clock;

    @Inject
    Transactions transactions;

    @Inject
    HandOvers handOvers;

    private final Map<String, TaskLimit> known = new ConcurrentHashMap<>();

    /** Defines or replaces the limit; its lines move once the transaction commits, to the new bounds. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void define(TaskLimit limit) {
        tables.upsert(limit, clock.now());
        known.put(limit.name(), limit);
        LimitsLog.LOG.limitDefined(limit.name(), bounds(limit));
        List<LimitKey> waiting = tables.keysWithWaiting().stream().filter(key -> key.limit().equals(limit.name()))
                .toList();
        transactions.afterCommit(() -> waiting.forEach(handOvers::soon));
    }

    /** Whether a limit of that name is defined (on any node). */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean exists(String name) {
        if (known.containsKey(name)) {
            return true;
        }
        TaskLimit stored = tables.read(name);
        if (stored != null) {
            known.put(name, stored);
        }
        return stored != null;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<TaskLimit> all() {
        return tables.readAll();
    }

    private static String bounds(TaskLimit limit) {
        String running = limit.maxRunning() == null ? "" : "at most " + limit.maxRunning() + " running per key";
        String rate = !limit.hasRate() ? "" : "at most " + limit.maxStarts() + " starts per key in any "
                + limit.window();
        return running.isEmpty() ? rate : rate.isEmpty() ? running : running + ", " + rate;
    }
}
