package io.eetasks.bench;

import io.eetasks.TaskException;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The soak's submissions (bench/soak.sh): plain text, one task key per line. Each key is the task's
 * idempotency key, so the driver can send a batch whose answer it lost to another node again without
 * making a task twice.
 */
@Path("soak")
public class SoakResource {

    @Inject
    SoakTasks work;

    @Inject
    TaskService tasks;

    /** This node's name once the tasks runtime answers here too; 503 before. */
    @GET
    @Path("ready")
    @Produces(MediaType.TEXT_PLAIN)
    public Response ready() {
        try {
            tasks.find(UUID.randomUUID());
            return Response.ok(System.getProperty("jboss.node.name")).build();
        } catch (TaskException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(e.getMessage()).build();
        }
    }

    /**
     * Submits a task per key, each in a transaction of its own, pausing 0 to {@code maxMillis} ms at
     * random; keys that start with {@code fail-} make a task that fails. Answers how many were submitted.
     */
    @POST
    @Path("tasks")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String submit(String keys, @QueryParam("maxMillis") @DefaultValue("200") long maxMillis) {
        int submitted = 0;
        for (String line : keys.split("\n")) {
            String key = line.strip();
            if (key.isEmpty()) {
                continue;
            }
            long millis = ThreadLocalRandom.current().nextLong(maxMillis + 1);
            TaskOptions options = TaskOptions.defaults().withIdempotencyKey(key);
            if (key.startsWith("fail-")) {
                tasks.submit(options, () -> work.fail(key, millis));
            } else {
                tasks.submit(options, () -> work.work(key, millis));
            }
            submitted++;
        }
        return String.valueOf(submitted);
    }
}
