package io.eetasks.bench;

import io.eetasks.TaskLimit;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs of the throughput benchmark (bench/throughput.sh), submitted from the request's thread through
 * the public API only: {@code count} tasks 1,000 per transaction ({@code bulk}) or one per call
 * ({@code single}), and a steady rate of submissions for the start latency.
 */
@Path("throughput")
@Produces(MediaType.APPLICATION_JSON)
public class ThroughputResource {

    private static final int BATCH = 1_000;
    private static final String CONCURRENCY_LIMIT = "bench-concurrency";
    private static final String RATE_LIMIT = "bench-rate";

    @Inject
    ThroughputTasks work;

    @Inject
    Runs runs;

    @Inject
    TaskService tasks;

    @Resource
    UserTransaction transaction;

    /** Submits the run's tasks and answers when they are submitted; poll {@code GET} for the end. */
    @POST
    public Map<String, Object> run(@QueryParam("mode") String mode, @QueryParam("count") int count,
                                   @QueryParam("millis") @DefaultValue("0") long millis,
                                   @QueryParam("limit") String limit) throws Exception {
        int run = runs.start(count);
        long started = System.nanoTime();
        Runnable submit = limit == null ? () -> work.work(run, millis)
                : () -> tasks.submit(TaskOptions.defaults().withLimit(limit), () -> work.work(run, millis));
        switch (mode == null ? "" : mode) {
            case "bulk" -> {
                for (int submitted = 0; submitted < count; submitted += BATCH) {
                    transaction.begin();
                    for (int i = submitted; i < Math.min(count, submitted + BATCH); i++) {
                        submit.run();
                    }
                    transaction.commit();
                }
            }
            case "single" -> {
                for (int i = 0; i < count; i++) {
                    submit.run();
                }
            }
            default -> throw new BadRequestException("mode must be bulk or single, was " + mode);
        }
        return submitted(count, started);
    }

    /**
     * Defines the limits the limited runs use, so wide that they never hold a task back: what a run under
     * one costs beyond a plain run is the price of taking and giving back permits.
     */
    @POST
    @Path("limits")
    public Map<String, Object> defineLimits() {
        tasks.defineLimit(TaskLimit.concurrency(CONCURRENCY_LIMIT, 1_000));
        tasks.defineLimit(TaskLimit.rate(RATE_LIMIT, 1_000_000, Duration.ofSeconds(1)));
        return Map.of("concurrency", CONCURRENCY_LIMIT, "rate", RATE_LIMIT);
    }

    @GET
    public Map<String, Object> progress() {
        return runs.summary();
    }

    /** Submits {@code rate} tasks a second for {@code seconds}, each told when it was submitted. */
    @POST
    @Path("latency")
    public Map<String, Object> latency(@QueryParam("rate") int rate, @QueryParam("seconds") int seconds) {
        int count = rate * seconds;
        int run = runs.start(count);
        long period = 1_000_000_000L / rate;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = started + i * period;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            work.latency(run, i, System.nanoTime());
        }
        return submitted(count, started);
    }

    /**
     * Submits {@code count} tasks one at a time, every quarter of a second, at idle: with
     * {@code kind=scheduled} each due 150 to 600 ms later; with {@code kind=retry} each failing its
     * first attempt and retried 200 ms later. {@code GET latency} then says how late they started.
     */
    @POST
    @Path("due")
    public Map<String, Object> due(@QueryParam("kind") String kind, @QueryParam("count") int count) {
        if (!"scheduled".equals(kind) && !"retry".equals(kind)) {
            throw new BadRequestException("kind must be scheduled or retry, was " + kind);
        }
        int run = runs.start(count);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (kind.equals("retry")) {
                work.retry(run, i);
            } else {
                long delayMillis = 150L * (i % 4 + 1);
                int index = i;
                tasks.submit(TaskOptions.runAt(Instant.now().plusMillis(delayMillis)),
                        () -> work.due(run, index, System.nanoTime() + delayMillis * 1_000_000L));
            }
            LockSupport.parkNanos(250_000_000L);
        }
        return submitted(count, started);
    }

    @GET
    @Path("latency")
    public Map<String, Object> latencies() {
        return runs.latencies();
    }

    private static Map<String, Object> submitted(int count, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("submitted", count);
        result.put("submitSeconds", seconds);
        result.put("submittedPerSecond", count / seconds);
        return result;
    }
}
