package io.eetasks.it;

import io.eetasks.TaskInfo;
import io.eetasks.TaskLimit;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.limits.LimitedTasks;
import io.eetasks.it.limits.LimitedTasks.Run;
import io.eetasks.it.support.TaskTable;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Limits on one node with its 16 consumers: at most so many running, a mutex per key, a rate; waiting
 * tasks start by priority, a cancelled or failed one gives its permit back, and none is left held.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Deployment
    static WebArchive application() {
        return Deployments.application("limits-it", LimitsIT.class, Deployments.class, LimitedTasks.class);
    }

    @Inject
    LimitedTasks work;

    @Inject
    TaskService tasks;

    @Inject
    TaskTable table;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void defineLimits() {
        tasks.defineLimit(TaskLimit.concurrency("it-exports", 3));
        tasks.defineLimit(TaskLimit.concurrency("it-customer", 1));
        tasks.defineLimit(TaskLimit.rate("it-mail", 5, Duration.ofSeconds(1)));
        tasks.defineLimit(TaskLimit.concurrency("it-serial", 1));
        LimitedTasks.reset();
    }

    @Test
    void neverMoreThanTheLimitRunAtOnceAndEveryTaskRunsOnce() throws Exception {
        List<UUID> ids = submitInOneTransaction(40, i -> tasks.submit(TaskOptions.defaults(),
                () -> work.export("export-" + i, 100)).id());

        awaitCompleted(ids);

        List<Run> runs = LimitedTasks.runs();
        assertThat(runs).extracting(Run::key).hasSize(40).doesNotHaveDuplicates();
        assertThat(LimitedTasks.maxOverlap(runs)).isEqualTo(3);
        assertThat(table.unreleasedPermits("it-exports")).isZero();
    }

    @Test
    void aMutexPerKeyKeepsEachCustomersTasksApartAndLetsCustomersRunSideBySide() throws Exception {
        List<UUID> ids = submitInOneTransaction(20, i -> tasks.submit(TaskOptions.defaults(),
                () -> work.customer(i % 2 == 0 ? "acme" : "globex", "customer-" + i, 80)).id());

        awaitCompleted(ids);

        List<Run> runs = LimitedTasks.runs();
        assertThat(runs).hasSize(20);
        assertThat(LimitedTasks.maxOverlap(runs.stream().filter(run -> run.group().equals("acme")).toList())).isEqualTo(1);
        assertThat(LimitedTasks.maxOverlap(runs.stream().filter(run -> run.group().equals("globex")).toList())).isEqualTo(1);
        assertThat(LimitedTasks.maxOverlap(runs)).isEqualTo(2);
    }

    @Test
    void aRateLimitStartsNoMoreThanItsStartsInAnyWindow() throws Exception {
        List<UUID> ids = submitInOneTransaction(20, i -> tasks.submit(TaskOptions.defaults(), () -> work.mail("mail-" + i))
                .id());

        awaitCompleted(ids);

        List<Instant> starts = ids.stream().map(id -> tasks.find(id).orElseThrow().startedAt()).sorted().toList();
        assertThat(mostStartsInAnyWindow(starts, Duration.ofSeconds(1))).isEqualTo(5);
        // 20 starts at 5 a second: the last can start 3 seconds after the first, not sooner.
        assertThat(Duration.between(starts.get(0), starts.get(19))).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void waitingTasksStartByPriorityThenAgeAndACancelledOneLeavesTheLine() throws Exception {
        LimitedTasks.closeGate();
        TaskOptions serial = TaskOptions.defaults().withLimit("it-serial");
        UUID blocker = tasks.submit(serial, () -> work.blocker("blocker")).id();
        await().atMost(WAIT).until(() -> status(blocker) == TaskStatus.RUNNING);
        List<UUID> low = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String key = "low-" + i;
            low.add(tasks.submit(serial.withPriority(1), () -> work.export(key, 0)).id());
        }
        UUID cancelled = tasks.submit(serial.withPriority(1), () -> work.export("cancelled", 0)).id();
        UUID high = tasks.submit(serial.withPriority(8), () -> work.export("high", 0)).id();
        await().atMost(WAIT).until(() -> table.waitingFor(high) != null && table.waitingFor(cancelled) != null);
        assertThat(table.waitingFor(high)).isEqualTo("Waits for a permit of limit it-serial");
        assertThat(tasks.cancel(cancelled)).isEqualTo(TaskStatus.CANCELLED);

        LimitedTasks.openGate();
        List<UUID> all = new ArrayList<>(low);
        all.add(high);
        awaitCompleted(all);

        List<String> order = LimitedTasks.runs().stream().filter(run -> !run.key().startsWith("blocker"))
                .sorted(Comparator.comparingLong(Run::startNanos)).map(Run::key).toList();
        assertThat(order).containsExactly("high", "low-0", "low-1", "low-2", "low-3");
        assertThat(status(cancelled)).isEqualTo(TaskStatus.CANCELLED);
        assertThat(table.unreleasedPermits("it-serial")).isZero();
    }

    @Test
    void aFailedTaskGivesItsPermitBack() throws Exception {
        List<UUID> ids = submitInOneTransaction(6, i -> tasks.submit(TaskOptions.defaults(),
                () -> work.failing("failing-" + i)).id());

        await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> status(id) == TaskStatus.FAILED));
        assertThat(table.unreleasedPermits("it-exports")).isZero();
    }

    @Test
    void aTaskNamingALimitNotDefinedIsRefusedWithTheFix() {
        assertThatThrownBy(() -> tasks.submit(TaskOptions.defaults().withLimit("it-nowhere", "k"),
                () -> work.export("nowhere", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit 'it-nowhere' is not defined")
                .hasMessageContaining("TaskService.defineLimit");
        assertThat(tasks.limits()).extracting(TaskLimit::name).contains("it-exports", "it-customer", "it-mail",
                "it-serial");
        assertThat(tasks.limits()).filteredOn(limit -> limit.name().equals("it-mail")).singleElement()
                .isEqualTo(TaskLimit.rate("it-mail", 5, Duration.ofSeconds(1)));
    }

    /** The most of these instants that fall in one window of the given length, wherever it starts. */
    static int mostStartsInAnyWindow(List<Instant> sorted, Duration window) {
        int most = 0;
        for (int first = 0; first < sorted.size(); first++) {
            Instant end = sorted.get(first).plus(window);
            int last = first;
            while (last + 1 < sorted.size() && sorted.get(last + 1).isBefore(end)) {
                last++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    private List<UUID> submitInOneTransaction(int count, java.util.function.IntFunction<UUID> submit) throws Exception {
        transaction.begin();
        List<UUID> ids = IntStream.range(0, count).mapToObj(submit).toList();
        transaction.commit();
        return ids;
    }

    private void awaitCompleted(List<UUID> ids) {
        await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> status(id) == TaskStatus.COMPLETED));
    }

    private TaskStatus status(UUID id) {
        return tasks.find(id).map(TaskInfo::status).orElseThrow();
    }
}
