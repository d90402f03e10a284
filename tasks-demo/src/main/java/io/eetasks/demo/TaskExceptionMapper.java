package io.eetasks.demo;

import io.eetasks.TaskException;
import io.eetasks.TaskNotFoundException;
import io.eetasks.TaskTimeoutException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** Shows EE Tasks' errors as JSON with a fitting status code. */
@Provider
public class TaskExceptionMapper implements ExceptionMapper<TaskException> {

    @Override
    public Response toResponse(TaskException exception) {
        Response.Status status = exception instanceof TaskNotFoundException ? Response.Status.NOT_FOUND
                : exception instanceof TaskTimeoutException ? Response.Status.ACCEPTED
                : Response.Status.CONFLICT;
        return error(status, exception.getMessage());
    }

    /** The demo's answer to an error: {@code {"error": message}} with the status. */
    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
