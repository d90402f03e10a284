package io.eetasks.it.cluster;

import io.eetasks.TaskLimit;
import io.eetasks.TaskService;
import io.eetasks.TaskTree;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Plain-text endpoints: submit on this node, and count (from the shared database) what ran where. */
@Path("")
@Produces(MediaType.TEXT_PLAIN)
public class ClusterControl {

    private static final AtomicLong ACCEPTOR_BACK = new AtomicLong();

    @Inject
    ClusterWork work;

    @Inject
    TaskService tasks;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:jboss/datasources/TasksDS")
    DataSource dataSource;

    /**
     * Whether every task of this task's tree has finished: after that nothing in it runs again, and a
     * parent cannot be decided a second time (a decision follows a child's finishing).
     */
    @GET
    @Path("tree-finished/{id}")
    public String treeFinished(@PathParam("id") UUID id) {
        return String.valueOf(finished(tasks.tree(id)));
    }

    private static boolean finished(TaskTree tree) {
        return tree.task().status().isTerminal() && tree.children().stream().allMatch(ClusterControl::finished);
    }

    @GET
    @Path("node")
    public String node() {
        return System.getProperty("jboss.node.name");
    }

    @POST
    @Path("prepare")
    public String prepare() {
        work.createTable();
        return "ready";
    }

    /** Submits {@code count} tasks of {@code millis} each, one transaction each. */
    @POST
    @Path("work")
    public String submit(@QueryParam("key") String key, @QueryParam("count") int count,
                         @QueryParam("millis") long millis) {
        for (int i = 0; i < count; i++) {
            work.work(key + "-" + i, millis);
        }
        return String.valueOf(count);
    }

    /** Submits {@code count} tasks that hold their transaction for {@code millis} before (or after) it commits. */
    @POST
    @Path("held")
    public String submitHeld(@QueryParam("key") String key, @QueryParam("count") int count,
                             @QueryParam("after") boolean afterCommit, @QueryParam("millis") long millis) {
        for (int i = 0; i < count; i++) {
            work.held(key + "-" + i, afterCommit, millis);
        }
        return String.valueOf(count);
    }

    /** How many tasks have held their transaction since this node started. */
    @GET
    @Path("held")
    public String held() {
        return String.valueOf(ClusterWork.HELD.get());
    }

    /** "error count" lines: the errors of the tasks whose payload contains {@code key}. */
    @GET
    @Path("errors")
    public String errors(@QueryParam("key") String key) {
        return lines("select error_message, count(*) from eet_task where payload like ? and error_message is not null"
                + " group by error_message", "%" + key + "%");
    }

    /** Submits {@code count} tasks of {@code millis} each in one transaction: their messages all go out after it. */
    @POST
    @Path("bulk")
    public String submitInOneTransaction(@QueryParam("key") String key, @QueryParam("count") int count,
                                         @QueryParam("millis") long millis) {
        work.workInOneTransaction(key, count, millis);
        return String.valueOf(count);
    }

    /**
     * Stops the embedded broker's AMQP acceptor, through the management model, and starts it again after
     * {@code seconds}: the broker is unreachable for the runtime's sender meanwhile.
     */
    @POST
    @Path("acceptor/pause")
    public String pauseAcceptor(@QueryParam("seconds") long seconds) throws Exception {
        ObjectName acceptor = new ObjectName(
                "jboss.as:subsystem=messaging-activemq,server=default,remote-acceptor=eetasks-amqp");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ACCEPTOR_BACK.set(0);
        server.invoke(acceptor, "stop", new Object[0], new String[0]);
        scheduler.schedule(() -> {
            server.invoke(acceptor, "start", new Object[0], new String[0]);
            ACCEPTOR_BACK.set(System.currentTimeMillis());
            return null;
        }, seconds, TimeUnit.SECONDS);
        return "paused";
    }

    /** When the acceptor paused last was started again, in epoch milliseconds; 0 while it is still stopped. */
    @GET
    @Path("acceptor/back")
    public String acceptorBack() {
        return String.valueOf(ACCEPTOR_BACK.get());
    }

    /** When each of the tasks whose payload contains {@code key} completed, in epoch milliseconds, in order. */
    @GET
    @Path("completions")
    public String completions(@QueryParam("key") String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select completed_at from eet_task"
                     + " where payload like ? and completed_at is not null order by completed_at")) {
            query.setString(1, "%" + key + "%");
            List<String> instants = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    instants.add(String.valueOf(rows.getTimestamp(1).getTime()));
                }
            }
            return String.join("\n", instants);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many tasks whose payload contains {@code key} are RUNNING with a lease that has expired. */
    @GET
    @Path("running-past-lease")
    public String runningPastLease(@QueryParam("key") String key) {
        return lines("select count(*), 0 from eet_task where payload like ? and status = 'RUNNING'"
                + " and lease_expires_at < current_timestamp", "%" + key + "%").split(" ")[0];
    }

    /** Submits {@code count} tasks to the queue {@code reports}, one transaction each. */
    @POST
    @Path("reports")
    public String submitReports(@QueryParam("key") String key, @QueryParam("count") int count) {
        for (int i = 0; i < count; i++) {
            work.report(key + "-" + i);
        }
        return String.valueOf(count);
    }

    /** Submits one task of {@code millis}; returns its id. */
    @POST
    @Path("timed")
    public String submitTimed(@QueryParam("key") String key, @QueryParam("millis") long millis) {
        return work.timed(key, millis).id().toString();
    }

    /** "node completed-at" of a task, the instant in epoch milliseconds. */
    @GET
    @Path("task/{id}")
    public String task(@PathParam("id") UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select node from eet_task where id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1) + " " + tasks.find(id).orElseThrow().completedAt().toEpochMilli();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @POST
    @Path("parent")
    public String parent(@QueryParam("key") String key, @QueryParam("count") int count) {
        return work.parent(key, count).id().toString();
    }

    /** Awaits a task and answers the instant this node saw it finished, in epoch milliseconds. */
    @GET
    @Path("await/{id}")
    public String await(@PathParam("id") UUID id, @QueryParam("millis") long millis) {
        tasks.await(id, Object.class, Duration.ofMillis(millis));
        return String.valueOf(System.currentTimeMillis());
    }

    /** "status count" lines of the tasks whose payload contains {@code key}. */
    @GET
    @Path("statuses")
    public String statuses(@QueryParam("key") String key) {
        return lines("select status, count(*) from eet_task where payload like ? group by status", "%" + key + "%");
    }

    /** Defines a limit: at most {@code maxRunning} at once, or {@code maxStarts} per {@code windowMillis}. */
    @POST
    @Path("limit")
    public String limit(@QueryParam("name") String name, @QueryParam("maxRunning") Integer maxRunning,
                        @QueryParam("maxStarts") Integer maxStarts, @QueryParam("windowMillis") Long windowMillis) {
        tasks.defineLimit(new TaskLimit(name, maxRunning, maxStarts,
                windowMillis == null ? null : Duration.ofMillis(windowMillis)));
        return name;
    }

    /** Submits {@code count} tasks of {@code millis} under the limit, with {@code keys} keys, in one transaction. */
    @POST
    @Path("limited")
    public String limited(@QueryParam("key") String key, @QueryParam("limit") String limit,
                          @QueryParam("keys") int keys, @QueryParam("count") int count,
                          @QueryParam("millis") long millis) {
        work.limitedInOneTransaction(key, limit, keys, count, millis);
        return String.valueOf(count);
    }

    /** "started ended" lines (microseconds) of the completed limited runs of the key, for one limit key or all. */
    @GET
    @Path("spans")
    public String spans(@QueryParam("key") String key, @QueryParam("limitKey") String limitKey) {
        return lines("select started_at, ended_at from it_cluster_span where task_key like ?"
                + (limitKey == null ? "" : " and limit_key = '" + limitKey.replace("'", "") + "'"), key + "%");
    }

    /** The recorded starts (epoch microseconds) of the tasks whose payload contains {@code key}, one a line. */
    @GET
    @Path("starts")
    public String starts(@QueryParam("key") String key) {
        return lines("select 0, cast(extract(epoch from started_at) * 1000000 as bigint) from eet_task"
                + " where payload like ? and started_at is not null order by started_at", "%" + key + "%");
    }

    /** Permits of the limit not given back, and "node count" lines of its tasks running now. */
    @GET
    @Path("permits")
    public String permits(@QueryParam("limit") String limit) {
        return lines("select 'unreleased', count(*) from eet_permit where limit_name = ? and released_at is null",
                limit) + "\n" + lines("select node, count(*) from eet_task where limit_name = ? and status = 'RUNNING'"
                + " group by node", limit);
    }

    /** "node count" lines of the completed runs recorded under keys that start with {@code key}. */
    @GET
    @Path("runs")
    public String runs(@QueryParam("key") String key) {
        return lines("select node, count(*) from it_cluster_run where task_key like ? group by node", key + "%");
    }

    /** How many keys starting with {@code key} were recorded more than once. */
    @GET
    @Path("duplicates")
    public String duplicates(@QueryParam("key") String key) {
        return lines("select count(*), 0 from (select task_key from it_cluster_run where task_key like ?"
                + " group by task_key having count(*) > 1) d", key + "%").split(" ")[0];
    }

    /** "attempt count" lines of the tasks whose payload contains {@code key}. */
    @GET
    @Path("attempts")
    public String attempts(@QueryParam("key") String key) {
        return lines("select attempt, count(*) from eet_task where payload like ? group by attempt", "%" + key + "%");
    }

    private String lines(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1) + " " + rows.getLong(2));
                }
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
