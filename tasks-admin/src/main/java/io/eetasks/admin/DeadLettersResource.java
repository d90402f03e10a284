package io.eetasks.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Messages the broker gave up delivering: list them, send a message's task again, or discard it. */
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    /** A page of dead letters: limit (50 unless given), after (the {@code next} cursor of the previous page). */
    @GET
    public DeadLetterPage list(@QueryParam("limit") @DefaultValue("50") String limit, @QueryParam("after") String after) {
        return deadLetters.list(after, TasksResource.wholeNumber("limit", limit));
    }

    @POST
    @Path("{messageId}/requeue")
    public Map<String, String> requeue(@PathParam("messageId") String messageId) {
        return Map.of("messageId", messageId, "taskId", deadLetters.requeue(messageId).toString());
    }

    @DELETE
    @Path("{messageId}")
    public Response discard(@PathParam("messageId") String messageId) {
        deadLetters.discard(messageId);
        return Response.noContent().build();
    }
}
