package io.eetasks.runtime.readmodel;

import static io.eetasks.runtime.settings.TasksSettings.CONSOLE_TOTALS_REFRESH;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.metrics.BacklogMetrics;
import io.eetasks.runtime.metrics.TaskMetrics;
import io.eetasks.runtime.store.DatabaseTimes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the overview without reading the whole task table on every refresh. Tasks that have not
 * finished, and what finished in the last hour, are counted through indexes every
 * {@link #FRESH_FOR}; the totals by name, and of finished tasks, need a full scan and are counted
 * every {@code tasks.console.totals-refresh} (a minute by default). One result is shared by every console on this node.
 */
@ApplicationScoped
public class OverviewQueries {

    /** How long one computed overview is shown, on every console of this node. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(2);
    private static final int MINUTES = 60;
    private static final List<TaskStatus> UNFINISHED = Arrays.stream(TaskStatus.values())
            .filter(status -> !status.isTerminal()).toList();

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TaskMetrics metrics;

    @Inject
    BacklogMetrics backlog;

    @Inject
    Config config;

    private Duration totalsFreshFor;

    private volatile Overview latest;
    private Totals totals;

    @PostConstruct
    void read() {
        totalsFreshFor = CONSOLE_TOTALS_REFRESH.value(config);
    }

    public Overview overview() {
        Overview current = latest;
        if (current != null && current.at().plus(FRESH_FOR).isAfter(Instant.now())) {
            return current;
        }
        synchronized (this) {
            if (latest == null || !latest.at().plus(FRESH_FOR).isAfter(Instant.now())) {
                latest = compute();
            }
            return latest;
        }
    }

    private Overview compute() {
        Instant now = Instant.now();
        if (totals == null || !totals.at().plus(totalsFreshFor).isAfter(now)) {
            totals = countAll(now);
        }
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        totals.byStatus().forEach((status, count) -> {
            if (status.isTerminal()) {
                byStatus.put(status, count);
            }
        });
        entityManager.createQuery("select t.status, count(t) from Task t where t.status in :unfinished"
                        + " group by t.status", Object[].class)
                .setParameter("unfinished", UNFINISHED)
                .getResultList()
                .forEach(row -> byStatus.put((TaskStatus) row[0], ((Number) row[1]).longValue()));
        return new Overview(now, byStatus, totals.byName(), totals.at(), perMinute(now),
                Overview.Waiting.of(metrics.queueLatency(), backlog.oldestPendingAge()));
    }

    /** Counts by name, application and status: a full scan, so it runs only every {@code totalsFreshFor}. */
    private Totals countAll(Instant now) {
        Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
        Map<List<String>, Map<TaskStatus, Long>> byName = new LinkedHashMap<>();
        List<Object[]> rows = entityManager.createQuery("select t.name, t.application, t.status, count(t) from Task t"
                + " group by t.name, t.application, t.status order by t.name, t.application", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            TaskStatus status = (TaskStatus) row[2];
            long count = ((Number) row[3]).longValue();
            byStatus.merge(status, count, Long::sum);
            byName.computeIfAbsent(List.of((String) row[0], (String) row[1]), key -> new EnumMap<>(TaskStatus.class))
                    .put(status, count);
        }
        List<Overview.NameCounts> names = new ArrayList<>();
        byName.forEach((key, counts) -> names.add(new Overview.NameCounts(key.get(0), key.get(1), counts)));
        return new Totals(now, byStatus, names);
    }

    private record Totals(Instant at, Map<TaskStatus, Long> byStatus, List<Overview.NameCounts> byName) {
    }

    private List<Overview.MinuteCounts> perMinute(Instant now) {
        Instant since = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(MINUTES - 1));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select date_trunc('minute', completed_at), status, count(*)"
                        + " from eet_task where completed_at >= ? group by date_trunc('minute', completed_at), status")
                .setParameter(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getResultList();
        Map<Instant, long[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < MINUTES; i++) {
            counts.put(since.plus(Duration.ofMinutes(i)), new long[3]);
        }
        for (Object[] row : rows) {
            long[] minute = counts.get(DatabaseTimes.toInstant(row[0]).truncatedTo(ChronoUnit.MINUTES));
            if (minute != null) {
                int index = switch (TaskStatus.valueOf((String) row[1])) {
                    case COMPLETED -> 0;
                    case FAILED -> 1;
                    default -> 2;
                };
                minute[index] += ((Number) row[2]).longValue();
            }
        }
        List<Overview.MinuteCounts> result = new ArrayList<>();
        counts.forEach((minute, values) -> result.add(new Overview.MinuteCounts(minute, values[0], values[1], values[2])));
        return result;
    }
}
