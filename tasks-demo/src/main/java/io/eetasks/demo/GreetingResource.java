package io.eetasks.demo;

import io.eetasks.TaskHandle;
import io.eetasks.TaskInfo;
import io.eetasks.TaskNotFoundException;
import io.eetasks.TaskService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Submits greeting tasks and reads them back:
 * {@code POST /api/greetings?name=Ada}, {@code GET /api/tasks/{id}}, {@code GET /api/tasks/{id}/result}.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource {

    @Inject
    Greeter greeter;

    @Inject
    TaskService tasks;

    @POST
    @Path("greetings")
    public Response greet(@QueryParam("name") String name) {
        TaskHandle<String> handle = greeter.greet(name);
        return Response.accepted(Map.of("taskId", handle.id().toString()))
                .location(URI.create("tasks/" + handle.id()))
                .build();
    }

    @GET
    @Path("tasks/{id}")
    public TaskInfo task(@PathParam("id") String id) {
        UUID taskId = taskId(id);
        return tasks.find(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
    }

    @GET
    @Path("tasks/{id}/result")
    public Map<String, String> result(@PathParam("id") String id,
                                      @QueryParam("timeoutSeconds") @DefaultValue("10") long timeoutSeconds) {
        return Map.of("result", tasks.await(taskId(id), String.class, Duration.ofSeconds(timeoutSeconds)));
    }

    /** The id from the path; a mistyped one is answered as such, not with a bare 404. */
    private static UUID taskId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(TaskExceptionMapper.error(Response.Status.BAD_REQUEST,
                    "'" + id + "' is not a task id: a task id is a UUID, as POST greetings answers it"));
        }
    }
}
