package io.eetasks.runtime.readmodel;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.queues.TaskQueues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The queues, how many of their tasks wait and run, and which live nodes consume from each. */
@ApplicationScoped
public class QueueQueries {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TaskQueues queues;

    @Inject
    NodeQueries nodes;

    /** Every queue the broker has, or a task or a node still names, by name. */
    public List<QueueRow> queues() {
        Map<String, Map<TaskStatus, Long>> counts = new HashMap<>();
        entityManager.createQuery("select t.queue, t.status, count(t) from Task t where t.status in :statuses"
                        + " group by t.queue, t.status", Object[].class)
                .setParameter("statuses", List.of(TaskStatus.PENDING, TaskStatus.RUNNING))
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], queue -> new HashMap<>())
                        .put((TaskStatus) row[1], ((Number) row[2]).longValue()));
        Map<String, Map<String, Integer>> consumers = new TreeMap<>();
        nodes.nodes().stream().filter(NodeRow::alive).forEach(node -> node.queues().forEach((queue, count) ->
                consumers.computeIfAbsent(queue, name -> new TreeMap<>()).put(node.name(), count)));
        // Queues the broker has, and any a task or a node still names (a queue removed since).
        Set<String> names = new TreeSet<>(queues.known());
        names.addAll(counts.keySet());
        names.addAll(consumers.keySet());
        return names.stream().map(name -> {
            Map<TaskStatus, Long> byStatus = counts.getOrDefault(name, Map.of());
            return new QueueRow(name, byStatus.getOrDefault(TaskStatus.PENDING, 0L),
                    byStatus.getOrDefault(TaskStatus.RUNNING, 0L), consumers.getOrDefault(name, Map.of()));
        }).toList();
    }
}
