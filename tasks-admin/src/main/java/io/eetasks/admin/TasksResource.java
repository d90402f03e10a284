package io.eetasks.admin;

import io.eetasks.TaskInfo;
import io.eetasks.runtime.store.Task;
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

    /** How many tasks a bulk action reads at a time. */
    private static final int BATCH = 500;

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
        return queries.page(TaskFilter.parse(singleValues(uri)), PageCursor.decode(after), wholeNumber("limit", limit),
                order.equals("oldest"));
    }

    /** The parameter as an int; a JAX-RS {@code int} parameter that does not parse would answer 404. */
    private static int wholeNumber(String name, String value) {
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

    /** Applies an action to the listed tasks, or to every task a filter matches. */
    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResult bulk(BulkAction request) {
        if (request == null) {
            throw new BadRequestException("Send a JSON body: {\"action\": \"cancel\", \"ids\": [...]} or"
                    + " {\"action\": \"cancel\", \"filter\": {\"status\": \"SCHEDULED\"}}");
        }
        TaskAction action = TaskAction.named(request.action());
        if ((request.ids() == null) == (request.filter() == null)) {
            throw new BadRequestException("Give either ids or filter, not both and not neither");
        }
        if (request.ids() != null) {
            int changed = 0;
            for (UUID id : request.ids()) {
                changed += actions.tryApply(action, id) ? 1 : 0;
            }
            return new BulkResult(action, request.ids().size(), changed);
        }
        TaskFilter filter = TaskFilter.parse(request.filter());
        int matched = 0;
        int changed = 0;
        PageCursor cursor = null;
        List<Task> batch;
        do {
            batch = queries.batch(filter, cursor, BATCH);
            for (Task task : batch) {
                matched++;
                changed += actions.tryApply(action, task.getId()) ? 1 : 0;
            }
            if (!batch.isEmpty()) {
                TaskInfo last = batch.get(batch.size() - 1).toInfo();
                cursor = new PageCursor(last.createdAt(), last.id());
            }
        } while (batch.size() == BATCH);
        return new BulkResult(action, matched, changed);
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
