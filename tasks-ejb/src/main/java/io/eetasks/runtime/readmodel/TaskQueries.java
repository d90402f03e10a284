package io.eetasks.runtime.readmodel;

import io.eetasks.runtime.store.Task;
import io.eetasks.runtime.store.TaskStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds tasks by {@link TaskCriteria}, in creation order, newest first (or oldest first), after a given task. */
@ApplicationScoped
public class TaskQueries {

    /** The columns a row shows, and no more: a list never reads payloads, results or stack traces. */
    private static final String ROW = "select new " + TaskRow.class.getName() + "(t.id, t.name, t.application, t.queue,"
            + " t.status, t.attempt, t.attempt - t.attemptOffset, t.maxAttempts, t.createdAt, t.scheduledAt, t.startedAt, t.completedAt,"
            + " t.parentId, t.rootId, t.errorType, substring(t.errorMessage, 1, " + (TaskRow.MESSAGE_LENGTH + 1)
            + "), t.waitingFor, t.priority, t.labels)";

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TaskStore store;

    /**
     * Up to {@code limit} of the tasks that match, in the order asked for, starting after {@code after}
     * (from the first for {@code null}).
     */
    public List<TaskRow> tasks(TaskCriteria criteria, TaskKey after, boolean oldestFirst, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder(ROW);
        // Filtered by a label, the rows are read in order from the label's own (docs/labels.md).
        String order = "t.createdAt";
        String orderId = "t.id";
        if (criteria.label() == null) {
            jpql.append(" from Task t where 1 = 1");
        } else {
            jpql.append(" from TaskLabel l join Task t on t.id = l.taskId where l.label = :label");
            parameters.put("label", criteria.label());
            order = "l.createdAt";
            orderId = "l.taskId";
        }
        condition(jpql, parameters, "t.priority = :priority", "priority", criteria.priority());
        if (!criteria.statuses().isEmpty()) {
            jpql.append(" and t.status in :statuses");
            parameters.put("statuses", criteria.statuses());
        }
        condition(jpql, parameters, "t.name = :name", "name", criteria.name());
        condition(jpql, parameters, "t.application = :application", "application", criteria.application());
        condition(jpql, parameters, "t.queue = :queue", "queue", criteria.queue());
        condition(jpql, parameters, "t.parentId = :parent", "parent", criteria.parentId());
        condition(jpql, parameters, "t.rootId = :root", "root", criteria.rootId());
        condition(jpql, parameters, order + " >= :from", "from", criteria.from());
        condition(jpql, parameters, order + " < :to", "to", criteria.to());
        condition(jpql, parameters, "t.id = :textId", "textId", criteria.id());
        if (criteria.nameContaining() != null) {
            condition(jpql, parameters, "lower(t.name) like :text", "text",
                    "%" + criteria.nameContaining().toLowerCase() + "%");
        }
        String direction = oldestFirst ? ">" : "<";
        if (after != null) {
            jpql.append(" and (").append(order).append(' ').append(direction).append(" :cursorAt or (").append(order)
                    .append(" = :cursorAt and ").append(orderId).append(' ').append(direction).append(" :cursorId))");
            parameters.put("cursorAt", after.createdAt());
            parameters.put("cursorId", after.id());
        }
        String sense = oldestFirst ? " asc" : " desc";
        jpql.append(" order by ").append(order).append(sense).append(", ").append(orderId).append(sense);
        TypedQuery<TaskRow> query = entityManager.createQuery(jpql.toString(), TaskRow.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The task as a list shows it, or {@code null} if there is no such task. */
    public TaskRow row(UUID taskId) {
        Task task = store.find(taskId);
        return task == null ? null : TaskRow.of(task);
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
                                  Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
