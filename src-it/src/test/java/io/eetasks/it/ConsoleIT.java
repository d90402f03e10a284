package io.eetasks.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.eetasks.it.restart.ControlApplication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web console in a real Chromium: each role logs in, an admin finds a failed task, reads its
 * stack trace, retries it and sees it complete, and bulk-cancels scheduled tasks; the read-only user
 * sees no way to act. Every page is saved as a screenshot under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// The overview counts finished tasks every minute by default: here on every refresh, so that the failed task
// shows whatever ran before.
@ServerSetup(AdminApiIT.FreshTotals.class)
class ConsoleIT {

    private static final String CONSOLE = "http://localhost:8080/tasks-admin/";
    private static final String CONTROL = "http://localhost:8080/console-it/control/";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @Deployment(name = "app", testable = false)
    static WebArchive application() {
        return Deployments.application("console-it").addPackage(ControlApplication.class.getPackage());
    }

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"))));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anAdminFindsAFailedTaskReadsItsStackTraceRetriesItAndWatchesItComplete() throws Exception {
        String id = PlainHttp.post(CONTROL + "flaky?key=console-" + UUID.randomUUID() + "&failures=3");
        await().atMost(Duration.ofSeconds(60)).until(() -> PlainHttp.get(CONTROL + "tasks/" + id + "/status").equals("FAILED"));
        Page page = loggedIn("admin", "admin");

        page.navigate(CONSOLE + "#/overview");
        assertThat(page.locator("#user-name")).hasText("admin");
        assertThat(page.locator("#read-only-badge")).hasCount(0);
        assertThat(page.locator("[data-testid=count-FAILED]")).hasText(Pattern.compile("[1-9][0-9]*"));
        assertThat(page.locator("#live-indicator")).hasText("live");
        // The flaky task's attempts started on this node: the metrics' latency histogram is not empty.
        assertThat(page.locator("[data-testid=latency-p50]")).hasText(Pattern.compile("[0-9.]+ (ms|s)"));
        assertThat(page.locator("[data-testid=oldest-pending]")).not().hasText("–");
        assertThat(page.locator("#by-name thead th")).hasText(new String[] {"Name", "Application", "Pending", "Scheduled",
                "Running", "Waiting for children", "Retry wait", "Completed", "Failed", "Cancelled"});
        assertThat(page.locator("#by-name thead th[title=FAILED]")).hasClass("num");
        screenshot(page, "overview");

        page.click("a[data-nav=tasks]");
        page.selectOption("#task-filter select[name=status]", "FAILED");
        page.fill("#task-filter input[name=q]", id);
        page.click("#apply-filter");
        Locator row = page.locator("#task-table tr[data-task-id='" + id + "']");
        assertThat(row.locator("td.status")).hasText("FAILED");
        screenshot(page, "tasks-failed");

        row.locator("a.task-link").click();
        assertThat(page.locator("#task-status")).hasText("FAILED");
        assertThat(page.locator("#task-error-stack")).containsText("java.lang.IllegalStateException: failure 3");
        assertThat(page.locator("#attempts > li")).hasCount(3);
        screenshot(page, "task-failed");

        page.click("#action-retry");
        assertThat(page.locator("#task-status")).hasText("COMPLETED",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("dt:text-is('Attempt') + dd")).hasText("1/3 (4 in all)");
        screenshot(page, "task-retried");
        page.context().close();
    }

    @Test
    void anAdminFiltersTasksByLabelAndPriorityAndSeesBothOnTheTaskPage() throws Exception {
        String tenant = "tenant:" + UUID.randomUUID().toString().substring(0, 8);
        String urgent = PlainHttp.post(CONTROL + "labelled-echo?key=urgent&labels=" + tenant + ",billing&priority=8");
        String routine = PlainHttp.post(CONTROL + "labelled-echo?key=routine&labels=" + tenant + "&priority=4");
        String other = PlainHttp.post(CONTROL + "labelled-echo?key=other&labels=billing&priority=8");
        Page page = loggedIn("admin", "admin");

        page.navigate(CONSOLE + "#/tasks");
        page.fill("#task-filter input[name=label]", tenant);
        page.click("#apply-filter");
        assertThat(page.locator("#task-table tbody tr")).hasCount(2);
        assertThat(page.locator("#task-table tr[data-task-id='" + other + "']")).hasCount(0);
        page.selectOption("#task-filter select[name=priority]", "8");
        page.click("#apply-filter");
        assertThat(page.locator("#task-table tbody tr")).hasCount(1);
        Locator row = page.locator("#task-table tr[data-task-id='" + urgent + "']");
        assertThat(row.locator("td.name .sub")).containsText("priority 8");
        assertThat(row.locator(".label-chip")).hasText(new String[] {tenant, "billing"});
        screenshot(page, "tasks-by-label");

        row.locator("a.task-link").click();
        assertThat(page.locator("#task-priority")).hasText("8");
        assertThat(page.locator("dt:text-is('Labels') + dd .label-chip")).hasText(new String[] {tenant, "billing"});
        screenshot(page, "task-labels");
        // A label on the task page lists the tasks that carry it.
        page.locator("dt:text-is('Labels') + dd .label-chip", new Page.LocatorOptions().setHasText(tenant)).click();
        assertThat(page.locator("#task-table tbody tr")).hasCount(2);
        assertThat(page.locator("#task-table tr[data-task-id='" + routine + "']")).hasCount(1);
        page.context().close();
    }

    @Test
    void aRunningTaskShowsItsProgressBarAndLogLinesLive() throws Exception {
        String id = PlainHttp.post(CONTROL + "reporting?key=console-progress&steps=6&stepMillis=1000");
        Page page = loggedIn("viewer", "viewer");

        page.navigate(CONSOLE + "#/tasks/" + id);
        assertThat(page.locator("#task-status")).hasText("RUNNING", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#task-progress-text")).containsText(Pattern.compile("[2-5] of 6"),
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#task-log li").first()).containsText("attempt 1: step 1 of 6");
        assertThat(page.locator("#task-status")).hasText("RUNNING");
        screenshot(page, "task-progress");

        assertThat(page.locator("#task-status")).hasText("COMPLETED", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#task-progress-text")).containsText("6 of 6 (100 %)");
        assertThat(page.locator("#task-log li")).hasCount(6);
        assertThat(page.locator("#log-heading")).hasText("Log (6 lines)");
        screenshot(page, "task-progress-done");
        page.context().close();
    }

    @Test
    void theLimitsPageShowsRunningAndWaitingTasksPerLimitAndKey() throws Exception {
        String limit = "console-" + UUID.randomUUID().toString().substring(0, 8);
        PlainHttp.post(CONTROL + "limit?name=" + limit + "&maxRunning=2");
        String[] ids = PlainHttp.post(CONTROL + "limited-slow-echo?key=" + limit + "&limit=" + limit
                + "&limitKey=tenant-a&count=5&millis=4000").split(",");
        Page page = loggedIn("viewer", "viewer");

        page.navigate(CONSOLE + "#/limits");
        Locator row = page.locator("#limit-table tr[data-limit='" + limit + "']");
        assertThat(row.locator("td[data-label=Bounds]")).hasText("2 running at once");
        assertThat(row.locator("[data-testid=running-" + limit + "]")).hasText("2");
        assertThat(row.locator("[data-testid=waiting-" + limit + "]")).hasText("3");
        assertThat(row.locator(".limit-keys li")).hasText("tenant-a 2 running, 3 waiting");
        screenshot(page, "limits");

        String waiting = null;
        for (String id : ids) {
            if (PlainHttp.get(CONTROL + "tasks/" + id + "/status").equals("PENDING")) {
                waiting = id;
            }
        }
        assertThat(waiting).as("a task waiting for a permit").isNotNull();
        page.navigate(CONSOLE + "#/tasks/" + waiting);
        assertThat(page.locator("dt:text-is('Waiting for') + dd"))
                .hasText("Waits for a permit of limit " + limit + " (key tenant-a)");
        page.context().close();
    }

    @Test
    void anAdminBulkCancelsScheduledTasks() throws Exception {
        List<String> ids = List.of(PlainHttp.post(CONTROL + "delayed-echo?key=bulk-a&delayMillis=600000"),
                PlainHttp.post(CONTROL + "delayed-echo?key=bulk-b&delayMillis=600000"), PlainHttp.post(CONTROL + "delayed-echo?key=bulk-c&delayMillis=600000"));
        Page page = loggedIn("admin", "admin");

        page.navigate(CONSOLE + "#/tasks?status=SCHEDULED&name=it.echo&limit=500");
        for (String id : ids) {
            page.locator("#task-table tr[data-task-id='" + id + "'] input.select-task").check();
        }
        page.click("#bulk-cancel");
        assertThat(page.locator("#bulk-result")).containsText("3 matched, 3 changed");
        for (String id : ids) {
            assertThat(PlainHttp.get(CONTROL + "tasks/" + id + "/status")).isEqualTo("CANCELLED");
        }
        screenshot(page, "tasks-bulk-cancelled");

        page.navigate(CONSOLE + "#/schedules");
        assertThat(page.locator("#schedule-table, #empty-state").first()).isVisible();
        assertThat(page.locator("#schedule-table thead th")).hasText(new String[] {"Name", "Task", "Cron or rate", "Zone",
                "Next fire", "Last fired", "State", "Actions"});
        screenshot(page, "schedules");

        page.click("a[data-nav=nodes]");
        assertThat(page.locator("#node-table tr[data-node]").first()).isVisible();
        assertThat(page.locator("#node-table tr[data-node] td[data-label='Consumers busy']").first())
                .containsText(Pattern.compile("default [0-9]+ of 16"));
        // The node's health as its last heartbeat reported it (every 5 s).
        assertThat(page.locator("#node-table tr[data-node] [data-health]").first()).hasText("ready",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#queue-table tr[data-queue=default]")).isVisible();
        assertThat(page.locator("#node-table thead th")).hasText(new String[] {"Node", "State", "Health", "Running",
                "Consumers busy", "Started", "Last seen"});
        assertThat(page.locator("#queue-table thead th.num")).hasText(new String[] {"Pending", "Running"});
        screenshot(page, "nodes");

        page.click("a[data-nav=dead-letters]");
        assertThat(page.locator("#dead-letter-table, #empty-state").first()).isVisible();
        assertThat(page.locator("#dead-letter-table thead th")).hasText(new String[] {"Message", "Task", "Status",
                "Deliveries", "Received", "Actions"});
        screenshot(page, "dead-letters");
        page.context().close();
    }

    @Test
    void theReadOnlyUserSeesEverythingButCannotAct() throws Exception {
        String id = PlainHttp.post(CONTROL + "flaky?key=console-viewer-" + UUID.randomUUID() + "&failures=3");
        await().atMost(Duration.ofSeconds(60)).until(() -> PlainHttp.get(CONTROL + "tasks/" + id + "/status").equals("FAILED"));
        Page page = loggedIn("viewer", "viewer");

        page.navigate(CONSOLE + "#/tasks?status=FAILED&q=" + id);
        assertThat(page.locator("#read-only-badge")).isVisible();
        assertThat(page.locator("#task-table tr[data-task-id='" + id + "']")).isVisible();
        assertThat(page.locator("input.select-task")).hasCount(0);
        assertThat(page.locator("#bulk-cancel")).hasCount(0);
        screenshot(page, "viewer-tasks");

        page.navigate(CONSOLE + "#/tasks/" + id);
        assertThat(page.locator("#task-error-stack")).containsText("failure 3");
        assertThat(page.locator("#action-retry")).hasCount(0);
        assertThat(page.locator("#action-delete")).hasCount(0);
        screenshot(page, "viewer-task");
        page.context().close();
    }

    @Test
    void aUserWithoutAConsoleRoleIsRefused() throws Exception {
        // The broker's user (broker-user.sh): a user of the realm, in no console role.
        String brokerPassword = Files.readString(Path.of(System.getProperty("jboss.home"),
                "standalone/configuration/eetasks/tasks.amqp.password"));
        Page page = loggedIn("tasks", brokerPassword);
        assertThat(page.navigate(CONSOLE).status()).isEqualTo(403);
        page.context().close();
    }

    @Test
    void theLoginPageRefusesAWrongPasswordAndLoggingOutEndsTheSession() {
        Page page = newPage();
        assertThat(page.navigate(CONSOLE).url()).endsWith("/tasks-admin/login.html");
        page.fill("#username", "admin");
        page.fill("#password", "not the password");
        page.click("#log-in");
        assertThat(page.locator("#login-error")).hasText("The user name or the password is not right");
        screenshot(page, "login-refused");

        page.fill("#password", "admin");
        page.click("#log-in");
        assertThat(page.locator("#user-name")).hasText("admin");
        page.click("#log-out");
        page.waitForURL("**/login.html");
        assertThat(page.evaluate("fetch('api/me', { headers: { 'X-Requested-By': 'it' } }).then(r => r.status)"))
                .isEqualTo(401);
        page.context().close();
    }

    /** A browser logged in through the login page, on the overview. */
    private static Page loggedIn(String user, String password) {
        Page page = newPage();
        page.navigate(CONSOLE);
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#log-in");
        page.waitForURL(url -> !url.endsWith("login.html"));
        return page;
    }

    private static Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.onDialog(dialog -> dialog.accept());
        return page;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
