package io.eetasks.admin;

import io.eetasks.TaskInfo;
import io.eetasks.runtime.readmodel.TaskDetail;
import io.eetasks.runtime.readmodel.TaskDetails;
import io.eetasks.runtime.readmodel.TaskQueries;
import io.eetasks.runtime.readmodel.TaskRow;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The task list, one task's detail, and actions on one task, a selection, or everything a filter matches. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    /** The longest page of tasks one request may ask for. */
    static final int MAX_PAGE = 500;

    /** How many tasks one request of a bulk action by filter acts on. */
    static final int BATCH = 500;

    /** How many ids one bulk action may list. */
    static final int MAX_IDS = 500;

    @Inject
    TaskQueries queries;

    @Inject
    TaskDetails details;

    @Inject
    TaskActions actions;

    /**
     * A page of tasks. Filters: status (comma-separated), name, application, parent, root, from, to
     * (ISO-8601 instants, on the creation time), q (an id, or part of a name). Paging: limit, after
     * (the {@code next} cursor of the previous page), order (newest, the default, or oldest).
     */
    @GET
    public TaskPage list(@Context UriInfo uri, @QueryParam("limit") @DefaultValue("50") String limit,
                         @QueryParam("after") String after, @QueryParam("order") @DefaultValue("newest") String order) {
        if (!order.equals("newest") && !order.equals("oldest")) {
            throw new BadRequestException("order must be newest or oldest, was '" + order + "'");
        }
        return page(TaskFilter.parse(singleValues(uri)), PageCursor.decode(after), wholeNumber("limit", limit),
                order.equals("oldest"));
    }

    /** One page of the tasks that match, after {@code cursor} (the first page for {@code null}). */
    private TaskPage page(TaskFilter filter, PageCursor cursor, int limit, boolean oldestFirst) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        List<TaskRow> found = queries.tasks(filter.criteria(), cursor == null ? null : cursor.key(), oldestFirst,
                limit + 1);
        List<TaskRow> rows = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new PageCursor(rows.get(limit - 1).createdAt(), rows.get(limit - 1).id()).encode() : null;
        return new TaskPage(rows, next);
    }

    /** The parameter as an int; a JAX-RS {@code int} parameter that does not parse would answer 404. */
    static int wholeNumber(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, was '" + value + "'");
        }
    }

    @GET
    @Path("{id}")
    public TaskDetail detail(@PathParam("id") String id) {
        return details.of(taskId(id));
    }

    /** Applies cancel, retry or run-now to one task; answers with the task as it is afterwards. */
    @POST
    @Path("{id}/{action}")
    public TaskInfo act(@PathParam("id") String id, @PathParam("action") String action) {
        TaskAction chosen = TaskAction.named(action);
        if (chosen == TaskAction.DELETE) {
            throw new BadRequestException("Delete a task with DELETE /api/tasks/{id}");
        }
        return actions.apply(chosen, taskId(id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        actions.apply(TaskAction.DELETE, taskId(id));
        return Response.noContent().build();
    }

    /**
     * Applies an action to the listed tasks, or to one batch of the tasks a filter matches: a large
     * action is as many short requests as it takes, each answering how far it got (its {@code next}
     * cursor), so none holds a thread or a transaction for long and the caller sees the progress.
     */
    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult bulk(BulkAction request) {
        if (request == null) {
            throw new BadRequestException("Send a JSON body: {\"action\": \"cancel\", \"ids\": [...]} or"
                    + " {\"action\": \"cancel\", \"filter\": {\"status\": \"SCHEDULED\"}}");
        }
        TaskAction action = TaskAction.named(request.action());
        if ((request.ids() == null) == !request.byFilter()) {
            throw new BadRequestException("Give either ids, or a filter (or \"all\": true), not both and not neither");
        }
        return request.byFilter() ? byFilter(action, request) : byIds(action, request.ids());
    }

    private BulkResult byIds(TaskAction action, List<UUID> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadRequestException("At most " + MAX_IDS + " ids per request, got " + ids.size()
                    + "; send them in several requests, or act on a filter");
        }
        int changed = 0;
        for (UUID id : ids) {
            changed += actions.tryApply(action, id) ? 1 : 0;
        }
        return new BulkResult(action, ids.size(), changed, null);
    }

    private BulkResult byFilter(TaskAction action, BulkAction request) {
        TaskFilter filter = TaskFilter.parse(request.filter() == null ? Map.of() : request.filter());
        if (filter.isEmpty() && !Boolean.TRUE.equals(request.all())) {
            throw new BadRequestException("The filter has no criteria, so it matches every task; send \"all\": true"
                    + " to " + action.label() + " every task");
        }
        // A page of the list, oldest first: acting on it changes no task's place in that order.
        TaskPage batch = page(filter, PageCursor.decode(request.after()), BATCH, true);
        int changed = 0;
        for (TaskRow task : batch.items()) {
            changed += actions.tryApply(action, task.id()) ? 1 : 0;
        }
        return new BulkResult(action, batch.items().size(), changed, batch.next());
    }

    private static UUID taskId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + id + "' is not a task id (a UUID such as"
                    + " 3f2b8c1e-7d4a-4e0f-9a6b-2c5d8e1f0a3b)");
        }
    }

    private static Map<String, String> singleValues(UriInfo uri) {
        Map<String, String> values = new HashMap<>();
        uri.getQueryParameters().forEach((key, list) -> values.put(key, String.join(",", list)));
        return values;
    }
}
