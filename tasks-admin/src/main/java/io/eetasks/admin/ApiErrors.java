package io.eetasks.admin;

import io.eetasks.ScheduleNotFoundException;
import io.eetasks.TaskNotFoundException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Map;

/** Every error of the API as JSON {@code {"status": …, "error": "…"}}, with a status that says whose fault it is. */
@Provider
public class ApiErrors implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class);

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof BadRequestException || failure instanceof IllegalArgumentException) {
            return error(Response.Status.BAD_REQUEST, failure.getMessage());
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
        LOG.errorf(failure, "EETASKS0801: The admin API failed on a request");
        return error(Response.Status.INTERNAL_SERVER_ERROR, "The server failed to answer (" + failure.getClass().getSimpleName()
                + "); its log has the details under EETASKS0801");
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status.getStatusCode(), "error", message == null ? status.getReasonPhrase() : message))
                .build();
    }
}
