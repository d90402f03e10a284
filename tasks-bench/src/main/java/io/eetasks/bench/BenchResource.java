package io.eetasks.bench;

import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Submits batches of no-op tasks and reports what the tasks measured. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    private static final int BATCH = 1_000;

    @Inject
    NoOpTasks noOp;

    @Inject
    TaskService tasks;

    @Inject
    Measurements measurements;

    @Resource
    UserTransaction transaction;

    /** Submits {@code count} tasks all due at {@code dueEpochMillis}, {@value #BATCH} per transaction. */
    @POST
    @Path("scheduled")
    public Map<String, Object> scheduled(@QueryParam("count") int count, @QueryParam("dueEpochMillis") long due)
            throws Exception {
        measurements.reset(due);
        long started = System.nanoTime();
        TaskOptions options = TaskOptions.runAt(Instant.ofEpochMilli(due));
        for (int submitted = 0; submitted < count; submitted += BATCH) {
            transaction.begin();
            for (int i = submitted; i < Math.min(count, submitted + BATCH); i++) {
                tasks.submit(options, () -> noOp.noOp(due));
            }
            transaction.commit();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("submitted", count);
        result.put("millis", millis);
        result.put("perSecond", millis == 0 ? count : count * 1000L / millis);
        return result;
    }

    /** Submits a parent that submits {@code children} no-op children in its own transaction; returns its id. */
    @POST
    @Path("fan-out")
    public Map<String, Object> fanOut(@QueryParam("children") int children) {
        long now = System.currentTimeMillis();
        measurements.reset(now);
        return Map.of("parent", noOp.fanOut(children, now).id().toString());
    }

    /** The parent's status and times, how many children started, and how often it was decided. */
    @GET
    @Path("fan-out/{id}")
    public Map<String, Object> fanOutStatus(@PathParam("id") UUID id) {
        TaskInfo parent = tasks.find(id).orElseThrow();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", parent.status().name());
        result.put("createdEpochMillis", parent.createdAt().toEpochMilli());
        result.put("completedEpochMillis", parent.completedAt() == null ? null : parent.completedAt().toEpochMilli());
        result.put("childrenStarted", measurements.summary().get("started"));
        result.put("decisions", measurements.decisionsOf(id));
        return result;
    }

    @GET
    @Path("measurements")
    public Map<String, Object> measurements() {
        return measurements.summary();
    }
}
