package io.eetasks.runtime.readmodel;

import io.eetasks.TaskLimit;
import io.eetasks.runtime.limits.LimitDefinitions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The limits defined and their use now, per limit and per key (docs/permits.md). */
@ApplicationScoped
public class LimitQueries {

    /** How many keys of a limit the console lists. */
    public static final int TOP_KEYS = 10;

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    LimitDefinitions definitions;

    public List<LimitRow> limits() {
        Map<String, Map<String, long[]>> use = new HashMap<>();
        count("select limit_name, limit_key, count(*) from eet_permit where released_at is null"
                + " group by limit_name, limit_key", use, 0);
        count("select limit_name, limit_key, count(*) from eet_limit_wait group by limit_name, limit_key", use, 1);
        return definitions.all().stream().map(limit -> row(limit, use.getOrDefault(limit.name(), Map.of()))).toList();
    }

    private static LimitRow row(TaskLimit limit, Map<String, long[]> keys) {
        List<LimitRow.KeyUse> uses = new ArrayList<>();
        keys.forEach((key, counts) -> uses.add(new LimitRow.KeyUse(key, counts[0], counts[1])));
        uses.sort(Comparator.comparingLong(LimitRow.KeyUse::waiting).thenComparingLong(LimitRow.KeyUse::running)
                .reversed().thenComparing(LimitRow.KeyUse::key));
        return new LimitRow(limit.name(), limit.maxRunning(), limit.maxStarts(),
                limit.window() == null ? null : limit.window().toMillis(),
                uses.stream().mapToLong(LimitRow.KeyUse::running).sum(),
                uses.stream().mapToLong(LimitRow.KeyUse::waiting).sum(), uses.size(),
                uses.stream().limit(TOP_KEYS).toList());
    }

    private void count(String sql, Map<String, Map<String, long[]>> use, int column) {
        rows(sql).forEach(row -> use.computeIfAbsent((String) row[0], name -> new HashMap<>())
                .computeIfAbsent((String) row[1], key -> new long[2])[column] = ((Number) row[2]).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
