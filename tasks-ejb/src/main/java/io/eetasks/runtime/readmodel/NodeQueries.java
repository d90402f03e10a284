package io.eetasks.runtime.readmodel;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The nodes that have run EE Tasks, whether they still do, how many tasks each runs now and what it consumes. */
@ApplicationScoped
public class NodeQueries {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TasksConfig config;

    public List<NodeRow> nodes() {
        Map<String, Long> running = new HashMap<>();
        entityManager.createQuery("select t.node, count(t) from Task t where t.status = :running group by t.node",
                        Object[].class)
                .setParameter("running", TaskStatus.RUNNING)
                .getResultList()
                .forEach(row -> running.put((String) row[0], ((Number) row[1]).longValue()));
        Instant aliveSince = Instant.now().minus(config.nodeDeadAfter());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select name, started_at, last_seen_at, gone_at, queues, health, busy from eet_node order by name")
                .getResultList();
        return rows.stream().map(row -> {
            Instant lastSeen = DatabaseTimes.toInstant(row[2]);
            return new NodeRow((String) row[0], DatabaseTimes.toInstant(row[1]), lastSeen, row[3] == null && lastSeen.isAfter(aliveSince),
                    running.getOrDefault((String) row[0], 0L), NodeRow.parseQueues((String) row[4]), (String) row[5],
                    NodeRow.parseQueues((String) row[6]));
        }).toList();
    }
}
