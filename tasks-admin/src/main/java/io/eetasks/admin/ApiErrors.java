package io.eetasks.admin;

import io.eetasks.ScheduleNotFoundException;
import io.eetasks.TaskNotFoundException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** Every error of the API as JSON {@code {"status": …, "error": "…"}}, with a status that says whose fault it is. */
@Provider
public class ApiErrors implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof BadRequestException || failure instanceof IllegalArgumentException) {
            return error(Response.Status.BAD_REQUEST, failure.getMessage());
        }
        Throwable unreadable = unreadableBody(failure);
        if (unreadable != null) {
            return error(Response.Status.BAD_REQUEST, "The request's body is not the JSON this request takes: "
                    + unreadable.getMessage());
        }
        if (failure instanceof TaskNotFoundException || failure instanceof ScheduleNotFoundException
                || failure instanceof NotFoundProblem || failure instanceof NotFoundException) {
            return error(Response.Status.NOT_FOUND, failure.getMessage());
        }
        if (failure instanceof ConflictException) {
            return error(Response.Status.CONFLICT, failure.getMessage());
        }
        if (failure instanceof WebApplicationException web) {
            return error(Response.Status.fromStatusCode(web.getResponse().getStatus()), failure.getMessage());
        }
        AdminLog.LOG.requestFailed(failure);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "The server failed to answer (" + failure.getClass().getSimpleName()
                + "); its log has the details under EETASKS0801");
    }

    /** The JSON failure behind a body the API could not read (malformed, or of the wrong shape), or null. */
    private static Throwable unreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return cause;
            }
        }
        return failure instanceof ProcessingException ? failure : null;
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status.getStatusCode(), "error", message == null ? status.getReasonPhrase() : message))
                .build();
    }
}
