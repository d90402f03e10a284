package io.eetasks.it;

import io.eetasks.TaskHandle;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.support.ParentTasks;
import io.eetasks.it.support.SampleTasks;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The console's JSON API: roles, filters, paging, detail, actions, and clear 4xx answers. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(AdminApiIT.FreshTotals.class)
class AdminApiIT {

    /** The overview's totals by name are counted every minute by default; here on every refresh. */
    static class FreshTotals extends SystemPropertiesSetup {
        FreshTotals() {
            super(Map.of("tasks.console.totals-refresh", "PT0S"));
        }
    }

    private static final String API = "http://localhost:8080/tasks-admin/api/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ADMIN = "admin:admin";
    private static final String VIEWER = "viewer:viewer";

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("admin-api-it", AdminApiIT.class);
    }

    @Inject
    SampleTasks sample;

    @Inject
    ParentTasks parents;

    @Inject
    TaskService tasks;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory jms;

    @Resource(lookup = "java:/jms/queue/eetasks.DLQ")
    Queue deadLetterQueue;

    @Test
    @OperateOnDeployment("app")
    void onlyUsersWithARoleGetIn() throws Exception {
        assertError(send("GET", "overview", null, null), 401, "Log in");
        assertError(send("GET", "overview", "admin:wrong", null), 401, "The user name or the password is not right");
        // The broker's user: of the realm, in no console role.
        String brokerPassword = java.nio.file.Files.readString(java.nio.file.Path.of(
                System.getProperty("jboss.server.config.dir"), "eetasks", "tasks.amqp.password"));
        assertError(send("GET", "overview", "tasks:" + brokerPassword, null), 403, "may not do this");
        assertThat(send("GET", "overview", VIEWER, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "overview", ADMIN, null).statusCode()).isEqualTo(200);
    }

    @Test
    @OperateOnDeployment("app")
    void theViewerMayLookButNotAct() throws Exception {
        TaskHandle<String> failed = sample.explode("viewer-" + UUID.randomUUID());
        await().atMost(WAIT).until(() -> failed.status() == TaskStatus.FAILED);

        assertThat(send("GET", "tasks/" + failed.id(), VIEWER, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "tasks/" + failed.id() + "/retry", VIEWER, "").statusCode()).isEqualTo(403);
        assertThat(send("DELETE", "tasks/" + failed.id(), VIEWER, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "tasks/actions", VIEWER, "{\"action\":\"delete\",\"ids\":[\"" + failed.id() + "\"]}")
                .statusCode()).isEqualTo(403);
        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
    }

    @Test
    @OperateOnDeployment("app")
    void anotherSitesFormCannotActThroughAnAdminsBrowser() throws Exception {
        TaskHandle<String> failed = sample.explode("cross-site-" + UUID.randomUUID());
        await().atMost(WAIT).until(() -> failed.status() == TaskStatus.FAILED);
        String retry = "tasks/" + failed.id() + "/retry";

        // What a form on another site sends through an admin's browser: form-encoded, the browser's
        // credentials, its Origin (or none, as some browsers do), and no header of its own.
        for (String path : List.of(retry, "schedules/any/any/trigger", "dead-letters/any/requeue")) {
            assertError(formPost(path, "https://evil.example", false), 403, "another site");
            assertError(formPost(path, null, false), 403, "must carry the header X-Requested-By");
        }
        // A script of another site that sets the header is refused for its Origin.
        assertError(formPost(retry, "https://evil.example", true), 403, "another site");
        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);

        // The console's own request, from its own origin, acts; no page may be framed by another site.
        HttpResponse<String> own = formPost(retry, "http://localhost:8080", true);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'none'");
        assertThat(send("GET", "overview", VIEWER, null).headers().firstValue("Content-Security-Policy"))
                .hasValue("frame-ancestors 'none'");
    }

    @Test
    @OperateOnDeployment("app")
    void anAdminFindsAFailedTaskReadsItsStackTraceAndRetriesIt() throws Exception {
        String key = "flaky-" + UUID.randomUUID();
        TaskHandle<String> flaky = sample.flaky(key, 3);
        await().atMost(WAIT).until(() -> flaky.status() == TaskStatus.FAILED);

        JsonArray found = json(get("tasks?status=FAILED&name=it.flaky&q=" + flaky.id(), ADMIN)).getJsonArray("items");
        assertThat(found).hasSize(1);
        assertThat(found.getJsonObject(0).getString("errorMessage")).isEqualTo("failure 3");

        JsonObject detail = json(get("tasks/" + flaky.id(), ADMIN));
        assertThat(detail.getJsonObject("task").getJsonObject("error").getString("stackTrace"))
                .contains("java.lang.IllegalStateException: failure 3").contains("SampleTasks.flaky");
        assertThat(detail.getJsonArray("failedAttempts")).hasSize(3);
        assertThat(detail.getString("payloadJson")).contains(key);
        assertThat(detail.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(event -> event.getString("what")).contains("submitted", "attempt 3 failed:"
                        + " java.lang.IllegalStateException", "failed");
        // In time order: the task fails when (not before) its last attempt does.
        assertThat(detail.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(event -> java.time.Instant.parse(event.getString("at"))).isSorted();

        HttpResponse<String> retried = send("POST", "tasks/" + flaky.id() + "/retry", ADMIN, "");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(flaky.await(WAIT)).isEqualTo("ok after 4");
        // The retried run's first attempt, of the 3 it may have, and the 4th in all.
        JsonObject row = json(get("tasks?q=" + flaky.id(), VIEWER)).getJsonArray("items").getJsonObject(0);
        assertThat(List.of(row.getInt("runAttempt"), row.getInt("maxAttempts"), row.getInt("attempt")))
                .containsExactly(1, 3, 4);
        assertThat(json(get("tasks/" + flaky.id(), VIEWER)).getInt("runAttempt")).isEqualTo(1);
    }

    @Test
    @OperateOnDeployment("app")
    void pagesFollowEachOtherWithoutGapsOrRepeats() throws Exception {
        TaskHandle<String> parent = parents.fanOut("paging-" + UUID.randomUUID(), 7);
        parent.await(WAIT);

        List<List<String>> pages = pagesOf("tasks?name=it.leaf&parent=" + parent.id() + "&limit=3");

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream).distinct()).hasSize(7);
        assertThat(json(get("tasks?parent=" + parent.id() + "&order=oldest&limit=500", VIEWER)).getJsonArray("items"))
                .hasSize(8);
    }

    @Test
    @OperateOnDeployment("app")
    void aLabelFiltersTasksPagedInOrderAndTheRowsShowLabelsAndPriority() throws Exception {
        String label = "batch:" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> labelled = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String key = "labelled-" + i;
            labelled.add(tasks.submit(TaskOptions.defaults().withLabels(label, "it").withPriority(i), () -> sample.echo(key))
                    .id());
        }
        tasks.submit(TaskOptions.defaults().withLabels("it"), () -> sample.echo("unlabelled"));

        List<List<String>> pages = pagesOf("tasks?label=" + label + "&order=oldest&limit=3");

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream))
                .containsExactlyElementsOf(labelled.stream().map(UUID::toString).toList());
        JsonObject row = json(get("tasks?label=" + label + "&priority=5", VIEWER)).getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("id")).isEqualTo(labelled.get(5).toString());
        assertThat(row.getInt("priority")).isEqualTo(5);
        assertThat(row.getJsonArray("labels").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly(label, "it");
        JsonObject detail = json(get("tasks/" + labelled.get(5), VIEWER)).getJsonObject("task");
        assertThat(detail.getInt("priority")).isEqualTo(5);
        assertError(send("GET", "tasks?priority=10", ADMIN, null), 400, "Parameter priority is not valid: 10");
    }

    @Test
    @OperateOnDeployment("app")
    void aBulkCancelByFilterCancelsEveryMatchingScheduledTask() throws Exception {
        TaskHandle<String> parent = parents.waitsForScheduledChildren("bulk-" + UUID.randomUUID(), 4);
        await().atMost(WAIT).until(() -> parent.status() == TaskStatus.WAITING_FOR_CHILDREN);

        HttpResponse<String> response = send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\",\"filter\":"
                + "{\"status\":\"SCHEDULED\",\"parent\":\"" + parent.id() + "\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response.body()).getInt("matched")).isEqualTo(4);
        assertThat(json(response.body()).getInt("changed")).isEqualTo(4);
        assertThat(tasks.children(parent.id())).allSatisfy(child -> assertThat(child.status()).isEqualTo(TaskStatus.CANCELLED));
        await().atMost(WAIT).until(() -> parent.status() == TaskStatus.FAILED);
    }

    @Test
    @OperateOnDeployment("app")
    void aLargeBulkActionGoesABatchPerRequestAndSaysWhereTheNextStarts() throws Exception {
        TaskHandle<String> parent = parents.waitsForScheduledChildren("batches-" + UUID.randomUUID(), 501);
        await().atMost(WAIT).until(() -> parent.status() == TaskStatus.WAITING_FOR_CHILDREN);
        String filter = "\"filter\":{\"status\":\"SCHEDULED\",\"parent\":\"" + parent.id() + "\"}";

        JsonObject first = json(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\"," + filter + "}").body());
        assertThat(first.getInt("matched")).as(first.toString()).isEqualTo(500);
        assertThat(first.getInt("changed")).isEqualTo(500);
        assertThat(tasks.children(parent.id())).filteredOn(child -> child.status() == TaskStatus.SCHEDULED).hasSize(1);

        JsonObject second = json(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\"," + filter
                + ",\"after\":\"" + first.getString("next") + "\"}").body());
        assertThat(second.getInt("matched")).as(second.toString()).isEqualTo(1);
        assertThat(second.getInt("changed")).isEqualTo(1);
        assertThat(second.containsKey("next")).as(second.toString()).isFalse();
        assertThat(tasks.children(parent.id())).allSatisfy(child -> assertThat(child.status()).isEqualTo(TaskStatus.CANCELLED));
    }

    @Test
    @OperateOnDeployment("app")
    void theDeadLettersComeAPageAtATime() throws Exception {
        List<String> sent = new ArrayList<>();
        try (JMSContext context = jms.createContext()) {
            for (int i = 0; i < 3; i++) {
                TextMessage message = context.createTextMessage("paged dead letter " + i);
                context.createProducer().send(deadLetterQueue, message);
                sent.add(message.getJMSMessageID());
            }
        }

        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = json(get("dead-letters?limit=2" + (after == null ? "" : "&after=" + after), VIEWER));
            List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).as(page.toString()).hasSizeBetween(1, 2);
            items.forEach(item -> seen.add(item.getString("messageId")));
            after = page.containsKey("next") ? page.getString("next") : null;
        } while (after != null);

        assertThat(seen).containsSubsequence(sent).doesNotHaveDuplicates();
        for (String messageId : sent) {
            assertThat(send("DELETE", "dead-letters/" + URLEncoder.encode(messageId, StandardCharsets.UTF_8), ADMIN, null)
                    .statusCode()).isEqualTo(204);
        }
        assertError(send("GET", "dead-letters?limit=501", VIEWER, null), 400, "limit must be between 1 and 500");
    }

    @Test
    @OperateOnDeployment("app")
    void theOverviewCountsTasksByStatusAndByMinute() throws Exception {
        sample.echo("overview").await(WAIT);

        // The overview recounts every 2 s: wait for a count that includes this task.
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonObject overview = json(get("overview", VIEWER));
            assertThat(overview.getJsonObject("byStatus").getJsonNumber("COMPLETED").longValue()).isPositive();
            assertThat(overview.getJsonArray("byName").getValuesAs(JsonObject.class))
                    .extracting(counts -> counts.getString("name")).contains("it.echo");
            JsonArray minutes = overview.getJsonArray("perMinute");
            assertThat(minutes).hasSize(60);
            assertThat(minutes.getJsonObject(59).getJsonNumber("completed").longValue()
                    + minutes.getJsonObject(58).getJsonNumber("completed").longValue()).isPositive();
        });
    }

    @Test
    @OperateOnDeployment("app")
    void theConsoleLearnsWhoIsLoggedInAndGetsLiveOverviews() throws Exception {
        assertThat(json(get("me", ADMIN)).getBoolean("canAct")).isTrue();
        assertThat(json(get("me", VIEWER)).getBoolean("canAct")).isFalse();
        assertThat(json(get("me", VIEWER)).getString("user")).isEqualTo("viewer");

        HttpResponse<java.util.stream.Stream<String>> events = HTTP.send(HttpRequest.newBuilder(URI.create(API + "events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(VIEWER.getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(events.statusCode()).isEqualTo(200);
        try (java.util.stream.Stream<String> lines = events.body()) {
            List<String> firstEvent = lines.dropWhile(String::isEmpty).takeWhile(line -> !line.isEmpty()).toList();
            assertThat(firstEvent).contains("event: overview");
            String data = firstEvent.stream().filter(line -> line.startsWith("data:")).findFirst().orElseThrow();
            assertThat(json(data.substring("data:".length())).getJsonArray("perMinute")).hasSize(60);
        }
    }

    @Test
    @OperateOnDeployment("app")
    void schedulesAreListedAndControlled() throws Exception {
        String name = "admin-api-it-" + UUID.randomUUID();
        tasks.schedule(io.eetasks.RecurringSchedule.fixedRate(name, Duration.ofHours(1)), () -> sample.echo("scheduled"));

        assertThat(json("{\"list\":" + get("schedules", VIEWER) + "}").getJsonArray("list").getValuesAs(JsonObject.class))
                .filteredOn(schedule -> schedule.getString("name").equals(name))
                .singleElement().satisfies(schedule -> assertThat(schedule.getString("rate")).isEqualTo("PT1H"));
        assertThat(send("POST", "schedules/admin-api-it/" + name + "/pause", VIEWER, "").statusCode()).isEqualTo(403);
        assertThat(send("POST", "schedules/admin-api-it/" + name + "/pause", ADMIN, "").statusCode()).isEqualTo(200);
        assertThat(tasks.schedules()).filteredOn(schedule -> schedule.name().equals(name))
                .singleElement().satisfies(schedule -> assertThat(schedule.paused()).isTrue());
        assertError(send("POST", "schedules/admin-api-it/no-such-schedule/resume", ADMIN, ""), 404,
                "Application admin-api-it has no recurring schedule named 'no-such-schedule'");
        assertError(send("POST", "schedules/another-application/" + name + "/pause", ADMIN, ""), 404,
                "Application another-application has no recurring schedule");
        assertError(send("POST", "schedules/admin-api-it/" + name + "/explode", ADMIN, ""), 400, "Unknown schedule action");
        tasks.removeSchedule(name);
    }

    @Test
    @OperateOnDeployment("app")
    void theNodesThatRunTasksAreListedAliveWithTheQueuesTheyServe() throws Exception {
        JsonArray nodes = json("{\"list\":" + get("nodes", VIEWER) + "}").getJsonArray("list");

        assertThat(nodes.getValuesAs(JsonObject.class)).anySatisfy(node -> {
            assertThat(node.getBoolean("alive")).isTrue();
            assertThat(node.getString("lastSeenAt")).isNotBlank();
            assertThat(node.getJsonObject("queues").getInt("default")).isEqualTo(16);
        });
    }

    @Test
    @OperateOnDeployment("app")
    void queuesAreListedWithTheirConsumersAndTasksFilterByQueue() throws Exception {
        TaskHandle<String> parent = parents.fanOut("queues-" + UUID.randomUUID(), 2);
        parent.await(WAIT);

        JsonArray queues = json("{\"list\":" + get("queues", VIEWER) + "}").getJsonArray("list");
        assertThat(queues.getValuesAs(JsonObject.class)).anySatisfy(queue -> {
            assertThat(queue.getString("name")).isEqualTo("default");
            assertThat(queue.getJsonObject("consumers").values()).isNotEmpty();
        });
        JsonArray inDefault = json(get("tasks?name=it.leaf&parent=" + parent.id() + "&queue=default", VIEWER))
                .getJsonArray("items");
        assertThat(inDefault).hasSize(2);
        assertThat(inDefault.getValuesAs(JsonObject.class)).allSatisfy(task ->
                assertThat(task.getString("queue")).isEqualTo("default"));
        assertThat(json(get("tasks?parent=" + parent.id() + "&queue=reports", VIEWER)).getJsonArray("items")).isEmpty();
    }

    @Test
    @OperateOnDeployment("app")
    void deadLettersAreListedRequeuedAndDiscarded() throws Exception {
        TaskHandle<String> done = sample.echo("dead-letter-" + UUID.randomUUID());
        done.await(WAIT);
        String forTask;
        String garbage;
        try (JMSContext context = jms.createContext()) {
            TextMessage first = context.createTextMessage(done.id().toString());
            context.createProducer().send(deadLetterQueue, first);
            forTask = first.getJMSMessageID();
            TextMessage second = context.createTextMessage("not a task id");
            context.createProducer().send(deadLetterQueue, second);
            garbage = second.getJMSMessageID();
        }

        String listed = get("dead-letters", VIEWER);
        List<JsonObject> letters = json(listed).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(letters).as(listed).filteredOn(letter -> forTask.equals(letter.getString("messageId", null)))
                .singleElement()
                .satisfies(letter -> {
                    assertThat(letter.getString("taskId")).isEqualTo(done.id().toString());
                    assertThat(letter.getJsonObject("task").getString("name")).isEqualTo("it.echo");
                });
        assertThat(letters).as(listed).filteredOn(letter -> garbage.equals(letter.getString("messageId", null)))
                .singleElement()
                .satisfies(letter -> assertThat(letter.containsKey("taskId")).isFalse());

        String forTaskPath = "dead-letters/" + URLEncoder.encode(forTask, StandardCharsets.UTF_8);
        assertThat(send("POST", forTaskPath + "/requeue", VIEWER, "").statusCode()).isEqualTo(403);
        HttpResponse<String> requeued = send("POST", forTaskPath + "/requeue", ADMIN, "");
        assertThat(requeued.statusCode()).as(requeued.body()).isEqualTo(200);
        assertThat(json(requeued.body()).getString("taskId")).isEqualTo(done.id().toString());
        assertThat(send("DELETE", "dead-letters/" + URLEncoder.encode(garbage, StandardCharsets.UTF_8), ADMIN, null)
                .statusCode()).isEqualTo(204);
        assertThat(json(get("dead-letters", VIEWER)).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(letter -> letter.getString("messageId", null)).doesNotContain(forTask, garbage);
        assertError(send("DELETE", forTaskPath, ADMIN, null), 404, "No dead letter has the id");
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    @OperateOnDeployment("app")
    void badRequestsGetAClearFourHundredAndChangeNothing() throws Exception {
        TaskHandle<String> done = sample.echo("bad-" + UUID.randomUUID());
        done.await(WAIT);

        assertError(send("GET", "tasks?status=BOGUS", ADMIN, null), 400, "Unknown status 'BOGUS'");
        assertError(send("GET", "tasks?from=yesterday", ADMIN, null), 400, "ISO-8601");
        assertError(send("GET", "tasks?limit=0", ADMIN, null), 400, "limit must be between 1 and 500");
        assertError(send("GET", "tasks?after=garbage", ADMIN, null), 400, "not a cursor");
        assertError(send("GET", "tasks/not-a-uuid", ADMIN, null), 400, "is not a task id");
        assertError(send("GET", "tasks/" + UUID.randomUUID(), ADMIN, null), 404, "No task with id");
        assertError(send("POST", "tasks/" + done.id() + "/retry", ADMIN, ""), 409, "only FAILED or CANCELLED");
        assertError(send("POST", "tasks/" + done.id() + "/explode", ADMIN, ""), 400, "Unknown action 'explode'");
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\"}"), 400, "either ids, or a filter");
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\",\"filter\":{}}"), 400,
                "send \"all\": true to cancel every task");
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\",\"filter\":{\"status\":\" \"}}"), 400,
                "matches every task");
        String tooMany = java.util.stream.Stream.generate(() -> "\"" + UUID.randomUUID() + "\"").limit(501)
                .collect(java.util.stream.Collectors.joining(","));
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\",\"ids\":[" + tooMany + "]}"), 400,
                "At most 500 ids per request, got 501");
        assertError(send("GET", "tasks?limit=abc", ADMIN, null), 400, "limit must be a whole number");
        String notJson = "The request's body is not the JSON this request takes";
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\": \"cancel\", "), 400, notJson);
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\",\"ids\":[\"not-a-uuid\"]}"), 400, notJson);
        assertError(send("POST", "tasks/actions", ADMIN, "{\"action\":\"cancel\",\"ids\":\"" + done.id() + "\"}"), 400,
                notJson);
        assertError(send("POST", "tasks/actions", ADMIN, "[\"cancel\"]"), 400, notJson);
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response.body()).getString("error", "")).as(response.body()).contains(message);
    }

    private static String get(String path, String credentials) throws Exception {
        HttpResponse<String> response = send("GET", path, credentials, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> send(String method, String path, String credentials, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("X-Requested-By", "admin-api-it");
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form-encoded POST as an admin's browser sends it, with this Origin and, if asked, X-Requested-By. */
    private static HttpResponse<String> formPost(String path, String origin, boolean requestedBy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(API + path))
                .POST(HttpRequest.BodyPublishers.ofString("confirm=yes"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (requestedBy) {
            request.header("X-Requested-By", "a script");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The task ids of each page of the query, following the pages' cursors to the last. */
    private static List<List<String>> pagesOf(String query) throws Exception {
        List<List<String>> pages = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = json(get(query + (after == null ? "" : "&after=" + after), VIEWER));
            pages.add(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> item.getString("id")).toList());
            after = !page.containsKey("next") || page.isNull("next") ? null : page.getString("next");
        } while (after != null);
        return pages;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
