package io.eetasks.it.restart;

import io.eetasks.RecurringSchedule;
import io.eetasks.TaskAttemptInfo;
import io.eetasks.TaskInfo;
import io.eetasks.TaskLimit;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.it.support.ParentTasks;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.Settling;
import io.eetasks.it.support.TaskTable;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Plain-text endpoints, so that the test needs no JSON library on its side. */
@Path("")
@Produces(MediaType.TEXT_PLAIN)
public class ControlResource {

    @Inject
    SampleTasks sample;

    @Inject
    TaskService tasks;

    @Inject
    TaskTable table;

    @Inject
    ParentTasks parents;

    @Inject
    Settling settling;

    /** Returns once every task message this node sent has been delivered and acknowledged. */
    @POST
    @Path("settle")
    public String settle() {
        settling.awaitDeliveries();
        return "settled";
    }

    @POST
    @Path("delayed-echo")
    public String delayedEcho(@QueryParam("key") String key, @QueryParam("delayMillis") long delayMillis) {
        return tasks.submit(TaskOptions.delay(Duration.ofMillis(delayMillis)), () -> sample.echo(key)).id().toString();
    }

    /** it.echo of {@code value}, with an idempotency key; returns the id of the task the key names. */
    @POST
    @Path("keyed-echo")
    public String keyedEcho(@QueryParam("key") String key, @QueryParam("value") String value) {
        return tasks.submit(TaskOptions.defaults().withIdempotencyKey(key), () -> sample.echo(value)).id().toString();
    }

    /** it.echo of {@code key}, with these labels (comma-separated) and this priority; returns its id. */
    @POST
    @Path("labelled-echo")
    public String labelledEcho(@QueryParam("key") String key, @QueryParam("labels") String labels,
                               @QueryParam("priority") int priority) {
        TaskOptions options = TaskOptions.defaults().withLabels(labels.split(",")).withPriority(priority);
        return tasks.submit(options, () -> sample.echo(key)).id().toString();
    }

    /** it.reporting: {@code steps} steps of {@code stepMillis}, each logged, with its progress; returns its id. */
    @POST
    @Path("reporting")
    public String reporting(@QueryParam("key") String key, @QueryParam("steps") int steps,
                            @QueryParam("stepMillis") long stepMillis) {
        return tasks.submit(TaskOptions.defaults(), () -> sample.reporting(key, steps, stepMillis, false)).id().toString();
    }

    /** Defines the limit {@code name}: at most {@code maxRunning} at once. */
    @POST
    @Path("limit")
    public String limit(@QueryParam("name") String name, @QueryParam("maxRunning") int maxRunning) {
        tasks.defineLimit(TaskLimit.concurrency(name, maxRunning));
        return name;
    }

    /** {@code count} of it.slow-echo under the limit {@code limit}, with the key {@code limitKey}; returns their ids. */
    @POST
    @Path("limited-slow-echo")
    public String limitedSlowEcho(@QueryParam("key") String key, @QueryParam("limit") String limit,
                                  @QueryParam("limitKey") String limitKey, @QueryParam("count") int count,
                                  @QueryParam("millis") long millis) {
        TaskOptions options = TaskOptions.defaults().withLimit(limit, limitKey);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String each = key + "-" + i;
            ids.add(tasks.submit(options, () -> sample.slowEcho(each, millis)).id().toString());
        }
        return String.join(",", ids);
    }

    /** A task that fails its first {@code failures} runs (three attempts by its policy); returns its id. */
    @POST
    @Path("flaky")
    public String flaky(@QueryParam("key") String key, @QueryParam("failures") int failures) {
        return sample.flaky(key, failures).id().toString();
    }

    /** The task's status now. */
    @GET
    @Path("tasks/{id}/status")
    public String status(@PathParam("id") UUID id) {
        return tasks.find(id).orElseThrow().status().name();
    }

    @POST
    @Path("slow-echo")
    public String slowEcho(@QueryParam("key") String key, @QueryParam("millis") long millis) {
        return sample.slowEcho(key, millis).id().toString();
    }

    /** A parent whose {@code count} children all finish at {@code atMillis}; returns its id. */
    @POST
    @Path("fan-out-at")
    public String fanOutAt(@QueryParam("key") String key, @QueryParam("count") int count,
                           @QueryParam("atMillis") long atMillis) {
        return parents.fanOutAt(key, count, atMillis).id().toString();
    }

    /** status;how many any-completion callbacks the task has (one per decision). */
    @GET
    @Path("decided/{id}")
    public String decided(@PathParam("id") UUID id) {
        long callbacks = tasks.children(id).stream().filter(child -> child.name().equals("it.parent-decided")).count();
        return tasks.find(id).orElseThrow().status() + ";" + callbacks;
    }

    /** Awaits a task (which may run on another node) and returns its result as JSON. */
    @GET
    @Path("await/{id}")
    public String await(@PathParam("id") UUID id, @QueryParam("millis") long millis) {
        return tasks.await(id, String.class, Duration.ofMillis(millis));
    }

    /**
     * Stops or starts the embedded broker's AMQP acceptor (through the management model): while it is
     * stopped, the runtime cannot reach the broker.
     */
    @POST
    @Path("broker/amqp-acceptor/{operation:stop|start}")
    public String amqpAcceptor(@PathParam("operation") String operation) throws Exception {
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(
                "jboss.as:subsystem=messaging-activemq,server=default,remote-acceptor=eetasks-amqp"), operation,
                new Object[0], new String[0]);
        return operation;
    }

    /** Registers a fixed-rate schedule that echoes {@code key}. */
    @POST
    @Path("schedules")
    public String schedule(@QueryParam("name") String name, @QueryParam("key") String key,
                           @QueryParam("rateMillis") long rateMillis) {
        tasks.schedule(RecurringSchedule.fixedRate(name, Duration.ofMillis(rateMillis)), () -> sample.echo(key));
        return name;
    }

    @POST
    @Path("schedules/remove")
    public String removeSchedule(@QueryParam("name") String name) {
        tasks.removeSchedule(name);
        return name;
    }

    /** When the tasks whose arguments contain {@code key} were created and which node ran them, one per line. */
    @GET
    @Path("created")
    public String created(@QueryParam("key") String key) {
        return String.join("\n", table.createdWith(key));
    }

    /** status;attempt;failed attempts;type of the first failure;started at;scheduled at. */
    @GET
    @Path("tasks/{id}")
    public String task(@PathParam("id") UUID id) {
        TaskInfo task = tasks.find(id).orElseThrow();
        List<TaskAttemptInfo> failed = tasks.failedAttempts(id);
        return String.join(";", task.status().name(), String.valueOf(task.attempt()), String.valueOf(failed.size()),
                failed.isEmpty() ? "-" : failed.get(0).error().type(), String.valueOf(task.startedAt()),
                String.valueOf(task.scheduledAt()));
    }
}
