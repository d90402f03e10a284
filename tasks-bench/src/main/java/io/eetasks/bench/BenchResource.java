package io.eetasks.bench;

import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

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

    @GET
    @Path("measurements")
    public Map<String, Object> measurements() {
        return measurements.summary();
    }
}
