package io.eetasks.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds tasks by a {@link TaskFilter}, a page at a time, newest first (or oldest first). */
@ApplicationScoped
public class TaskQueries {

    public static final int MAX_PAGE = 500;

    /** The columns a row shows, and no more: a list never reads payloads, results or stack traces. */
    private static final String ROW = "select new io.eetasks.admin.TaskRow(t.id, t.name, t.application, t.queue,"
            + " t.status, t.attempt, t.attempt - t.attemptOffset, t.maxAttempts, t.createdAt, t.scheduledAt, t.startedAt, t.completedAt,"
            + " t.parentId, t.rootId, t.errorType, substring(t.errorMessage, 1, " + (TaskRow.MESSAGE_LENGTH + 1)
            + "), t.waitingFor)";

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    /** One page of the tasks that match, after {@code cursor} (the first page for {@code null}). */
    public TaskPage page(TaskFilter filter, PageCursor cursor, int limit, boolean oldestFirst) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        List<TaskRow> found = matching(filter, cursor, oldestFirst, limit + 1);
        List<TaskRow> rows = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new PageCursor(rows.get(limit - 1).createdAt(), rows.get(limit - 1).id()).encode() : null;
        return new TaskPage(rows, next);
    }

    private List<TaskRow> matching(TaskFilter filter, PageCursor cursor, boolean oldestFirst, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder(ROW).append(" from Task t where 1 = 1");
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and t.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        condition(jpql, parameters, "t.name = :name", "name", filter.name());
        condition(jpql, parameters, "t.application = :application", "application", filter.application());
        condition(jpql, parameters, "t.queue = :queue", "queue", filter.queue());
        condition(jpql, parameters, "t.parentId = :parent", "parent", filter.parentId());
        condition(jpql, parameters, "t.rootId = :root", "root", filter.rootId());
        condition(jpql, parameters, "t.createdAt >= :from", "from", filter.from());
        condition(jpql, parameters, "t.createdAt < :to", "to", filter.to());
        UUID textId = filter.textAsId();
        if (textId != null) {
            condition(jpql, parameters, "t.id = :textId", "textId", textId);
        } else if (filter.text() != null) {
            condition(jpql, parameters, "lower(t.name) like :text", "text", "%" + filter.text().toLowerCase() + "%");
        }
        String after = oldestFirst ? ">" : "<";
        if (cursor != null) {
            jpql.append(" and (t.createdAt ").append(after).append(" :cursorAt or (t.createdAt = :cursorAt and t.id ")
                    .append(after).append(" :cursorId))");
            parameters.put("cursorAt", cursor.createdAt());
            parameters.put("cursorId", cursor.id());
        }
        String direction = oldestFirst ? " asc" : " desc";
        jpql.append(" order by t.createdAt").append(direction).append(", t.id").append(direction);
        TypedQuery<TaskRow> query = entityManager.createQuery(jpql.toString(), TaskRow.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void condition(StringBuilder jpql, Map<String, Object> parameters, String condition, String name,
                                  Object value) {
        if (value != null) {
            jpql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
