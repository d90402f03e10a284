package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.observability.ObservedTasks;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.eetasks.it.ServerOperations.execute;
import static io.eetasks.it.ServerOperations.operation;
import static io.eetasks.it.ServerOperations.redeployTasksEar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator sees of one node: its health (readiness and liveness, broken on purpose: the
 * due-task timer suspended through the management model, a queue's only consumer held), its metrics
 * scraped as Prometheus text after a known set of tasks, and the task's id and name on every line
 * logged while it runs, in the JSON log of the recipe in docs/guide/operations.md. The broker and
 * database outages are in FaultIT and ExternalBrokerIT, which can afford to break them.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(ObservabilityIT.Setup.class)
class ObservabilityIT {

    private static final String MANAGEMENT = "http://127.0.0.1:9990";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TIMERS = "jboss.as:deployment=tasks-ear.ear,subdeployment=tasks-ejb.jar,subsystem=ejb3,"
            + "singleton-bean=DueTaskTimer,service=timer-service,timer=*";

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("observability-it", ObservabilityIT.class, ObservedTasks.class);
    }

    @Inject
    ObservedTasks observed;

    @Inject
    TaskService tasks;

    @Test
    @OperateOnDeployment("app")
    void everyCheckOfTheRuntimeIsUpOnAHealthyNode() throws Exception {
        JsonObject ready = health("/health/ready", 200);
        assertThat(ready.getString("status")).isEqualTo("UP");
        Map<String, JsonObject> checks = checks(ready);
        assertThat(checks).containsKeys("eetasks-database", "eetasks-broker", "eetasks-consumers",
                "eetasks-due-task-timer");
        assertThat(checks.get("eetasks-consumers").getJsonObject("data").getString("it-health"))
                .isEqualTo("1 of 1 consumers connected");
        assertThat(checks(health("/health/live", 200))).containsKey("eetasks-consumer-pool");
    }

    @Test
    @OperateOnDeployment("app")
    void aSuspendedDueTaskTimerMakesTheNodeNotReadyUntilItTicksAgain() throws Exception {
        Set<ObjectName> suspended = ConcurrentHashMap.newKeySet();
        try {
            // A tick under way when its timer is suspended arms the next one, and a retry's due time arms one
            // too: every armed timer is suspended as it appears, until the check has seen no tick for its limit.
            JsonObject timer = await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> {
                suspendActive(suspended);
                return check("/health/ready", "eetasks-due-task-timer");
            }, ObservabilityIT::down);
            assertThat(timer.getJsonObject("data").getString("reason"))
                    .startsWith("the due-task timer has not ticked for")
                    .contains("scheduled tasks and retries wait on this node");
        } finally {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName timer : suspended) {
                if (server.isRegistered(timer)) {
                    server.invoke(timer, "activate", new Object[0], new String[0]);
                }
            }
        }
        await().atMost(WAIT).until(() -> !down(check("/health/ready", "eetasks-due-task-timer")));
        assertThat(health("/health/ready", 200).getString("status")).isEqualTo("UP");
    }

    @Test
    @OperateOnDeployment("app")
    void aQueueWhoseEveryConsumerIsStuckMakesTheNodeNotLive() throws Exception {
        ObservedTasks.release = new CountDownLatch(1);
        TaskHandle<String> held = observed.held("held");
        try {
            JsonObject pool = await().atMost(WAIT).until(() -> check("/health/live", "eetasks-consumer-pool"),
                    ObservabilityIT::down);
            assertThat(health("/health/live", 503).getString("status")).isEqualTo("DOWN");
            assertThat(pool.getJsonObject("data").getString("reason"))
                    .isEqualTo("every consumer of queue it-health has stopped (0) or has been in one delivery for more"
                            + " than PT3S (1)");
            assertThat(pool.getJsonObject("data").getString("default")).endsWith("consumers free or working");
        } finally {
            ObservedTasks.release.countDown();
        }
        assertThat(held.await(WAIT)).isEqualTo("held");
        await().atMost(WAIT).until(() -> !down(check("/health/live", "eetasks-consumer-pool")));
        assertThat(health("/health/live", 200).getString("status")).isEqualTo("UP");
    }

    @Test
    @OperateOnDeployment("app")
    void theMetricsCountAKnownSetOfTasks() throws Exception {
        List<TaskHandle<String>> finished = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            finished.add(observed.ok("ok-" + i));
        }
        finished.add(observed.flaky("flaky"));
        TaskHandle<String> broken = observed.broken("broken");
        TaskHandle<String> later = tasks.submit(TaskOptions.delay(Duration.ofHours(1)), () -> observed.ok("later"));
        assertThat(tasks.cancel(later.id())).isEqualTo(TaskStatus.CANCELLED);
        for (TaskHandle<String> handle : finished) {
            handle.await(WAIT);
        }
        await().atMost(WAIT).until(() -> tasks.find(broken.id()).orElseThrow().status() == TaskStatus.FAILED);

        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Double> scrape = scrape();
            assertThat(scrape).containsEntry(series("eetasks_tasks_submitted_total", "it.obs.ok"), 4.0)
                    .containsEntry(series("eetasks_tasks_started_total", "it.obs.ok"), 3.0)
                    .containsEntry(series("eetasks_tasks_completed_total", "it.obs.ok"), 3.0)
                    .containsEntry(series("eetasks_tasks_cancelled_total", "it.obs.ok"), 1.0)
                    .containsEntry(series("eetasks_tasks_started_total", "it.obs.flaky"), 2.0)
                    .containsEntry(series("eetasks_tasks_retried_total", "it.obs.flaky"), 1.0)
                    .containsEntry(series("eetasks_tasks_completed_total", "it.obs.flaky"), 1.0)
                    .containsEntry(series("eetasks_tasks_failed_total", "it.obs.broken"), 1.0)
                    .containsEntry(series("eetasks_tasks_retried_total", "it.obs.broken"), 0.0)
                    .containsEntry(series("eetasks_task_queue_latency_seconds_count", "it.obs.ok"), 3.0)
                    .containsEntry(series("eetasks_task_run_seconds_count", "it.obs.flaky"), 2.0)
                    .containsKey("eetasks_task_run_seconds_bucket{application=\"observability-it\",queue=\"default\","
                            + "task=\"it.obs.ok\",le=\"0.5\"}")
                    .containsKey("eetasks_backlog{queue=\"it-health\",status=\"PENDING\"}")
                    .containsKey("eetasks_oldest_pending_age_seconds{queue=\"default\"}")
                    .containsKeys("eetasks_dead_letters", "eetasks_dispatch_permits_in_use", "eetasks_dispatch_waiting",
                            "eetasks_lease_recoveries_total", "eetasks_redispatches_total");
        });
    }

    @Test
    @OperateOnDeployment("app")
    void everyLineLoggedWhileATaskRunsCarriesItsIdAndName() throws Exception {
        String key = "logged-" + UUID.randomUUID();
        TaskHandle<String> logged = observed.logs(key);
        logged.await(WAIT);

        Path json = Path.of(System.getProperty("jboss.server.log.dir"), Setup.JSON_LOG);
        JsonObject line = await().atMost(WAIT).until(() -> Files.readAllLines(json).stream()
                        .filter(text -> text.contains("observed line " + key)).findFirst()
                        .map(text -> Json.createReader(new StringReader(text)).readObject()).orElse(null),
                found -> found != null);
        assertThat(line.getJsonObject("mdc").getString("eetasks.taskId")).isEqualTo(logged.id().toString());
        assertThat(line.getJsonObject("mdc").getString("eetasks.taskName")).isEqualTo("it.obs.logs");
    }

    /** The series of a counter or histogram of this test's application on the default queue. */
    private static String series(String name, String task) {
        return name + "{application=\"observability-it\",queue=\"default\",task=\"" + task + "\"}";
    }

    /** The management interface's Prometheus text, as series to values. */
    private static Map<String, Double> scrape() throws Exception {
        Map<String, Double> series = new HashMap<>();
        Pattern sample = Pattern.compile("^(\\S+?(?:\\{.*})?) (\\S+)$");
        for (String text : get("/prometheus").body().split("\n")) {
            Matcher matcher = sample.matcher(text);
            if (!text.startsWith("#") && matcher.matches()) {
                series.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            }
        }
        return series;
    }

    /** Suspends every armed tick of the due-task timer that is still active, and adds it to {@code suspended}. */
    private static void suspendActive(Set<ObjectName> suspended) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (ObjectName timer : server.queryNames(new ObjectName(TIMERS), null)) {
            try {
                if (Boolean.TRUE.equals(server.getAttribute(timer, "active"))) {
                    server.invoke(timer, "suspend", new Object[0], new String[0]);
                    suspended.add(timer);
                }
            } catch (Exception fired) {
                // it fired meanwhile; the next round suspends the one it armed
            }
        }
    }

    private static JsonObject health(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** One check of a health endpoint, whatever the endpoint's status. */
    private static JsonObject check(String path, String name) throws Exception {
        return checks(Json.createReader(new StringReader(get(path).body())).readObject()).get(name);
    }

    private static boolean down(JsonObject check) {
        return check != null && "DOWN".equals(check.getString("status"));
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        Map<String, JsonObject> checks = new HashMap<>();
        for (JsonValue check : health.getJsonArray("checks")) {
            checks.put(check.asJsonObject().getString("name"), check.asJsonObject());
        }
        return checks;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(MANAGEMENT + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Before the tasks EAR deploys: a queue it-health with one consumer; short thresholds for the timer
     * and the consumers; the backlog read every second; and the JSON log of the recipe in
     * docs/guide/operations.md.
     */
    public static class Setup implements ServerSetupTask {

        static final String JSON_LOG = "observability-it.json";
        private static final Map<String, String> PROPERTIES = Map.of(
                "tasks.queues.it-health.consumers", "1",
                "tasks.health.timer-late-after", "PT3S",
                "tasks.health.consumer-stuck-after", "PT3S",
                "tasks.metrics.refresh", "PT1S");

        @Override
        public void setup(ManagementClient client, String containerId) throws Exception {
            ModelNode queue = operation("add", "subsystem", "messaging-activemq", "server", "default",
                    "jms-queue", "eetasks.it-health");
            queue.get("entries").add("java:/jms/queue/eetasks.it-health");
            execute(client, queue);
            for (Map.Entry<String, String> property : PROPERTIES.entrySet()) {
                ModelNode add = operation("add", "system-property", property.getKey());
                add.get("value").set(property.getValue());
                execute(client, add);
            }
            execute(client, operation("add", "subsystem", "logging", "json-formatter", "JSON"));
            ModelNode handler = operation("add", "subsystem", "logging", "file-handler", "JSON");
            handler.get("file").get("relative-to").set("jboss.server.log.dir");
            handler.get("file").get("path").set(JSON_LOG);
            handler.get("named-formatter").set("JSON");
            handler.get("autoflush").set(true);
            execute(client, handler);
            ModelNode root = operation("add-handler", "subsystem", "logging", "root-logger", "ROOT");
            root.get("name").set("JSON");
            execute(client, root);
            redeployTasksEar(client);
        }

        @Override
        public void tearDown(ManagementClient client, String containerId) throws Exception {
            ModelNode root = operation("remove-handler", "subsystem", "logging", "root-logger", "ROOT");
            root.get("name").set("JSON");
            execute(client, root);
            execute(client, operation("remove", "subsystem", "logging", "file-handler", "JSON"));
            execute(client, operation("remove", "subsystem", "logging", "json-formatter", "JSON"));
            for (String name : PROPERTIES.keySet()) {
                execute(client, operation("remove", "system-property", name));
            }
            execute(client, operation("remove", "subsystem", "messaging-activemq", "server", "default",
                    "jms-queue", "eetasks.it-health"));
            redeployTasksEar(client);
        }
    }
}
