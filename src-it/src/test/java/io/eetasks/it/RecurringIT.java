package io.eetasks.it;

import java.time.Instant;
import io.eetasks.DistributedTask;
import io.eetasks.Misfire;
import io.eetasks.Recurring;
import io.eetasks.RecurringSchedule;
import io.eetasks.ScheduleInfo;
import io.eetasks.ScheduleNotFoundException;
import io.eetasks.TaskService;
import io.eetasks.it.recurring.OtherApplicationsSchedule;
import io.eetasks.it.support.Executions;
import io.eetasks.it.support.SampleTasks;
import io.eetasks.it.support.TaskTable;
import io.eetasks.it.support.Settling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ExtendWith(ArquillianExtension.class)
class RecurringIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A schedule declared on a method, as an application would. */
    @ApplicationScoped
    public static class Heartbeat {

        @Inject
        Executions executions;

        @DistributedTask(name = "it.heartbeat")
        @Recurring(fixedRate = "PT1S", name = "recurring-it.heartbeat")
        public void beat() {
            executions.record("heartbeat");
        }
    }

    @Deployment(name = "app")
    static WebArchive application() {
        return Deployments.application("recurring-it", RecurringIT.class, Heartbeat.class);
    }

    @Deployment(name = "other", order = 3, testable = false)
    static WebArchive otherApplication() {
        return Deployments.application("recurring-other", OtherApplicationsSchedule.class);
    }

    @Inject
    Settling settling;

    @Inject
    SampleTasks sample;

    @Inject
    TaskTable table;

    @Inject
    TaskService tasks;

    @Inject
    Executions executions;

    @Test
    @OperateOnDeployment("app")
    void aScheduleDeclaredOnAMethodFiresAndCanBePausedResumedAndRemoved() {
        await().atMost(WAIT).until(() -> executions.count("heartbeat") >= 2);
        assertThat(tasks.schedules()).filteredOn(schedule -> schedule.name().equals("recurring-it.heartbeat"))
                .singleElement().satisfies(schedule -> {
                    assertThat(schedule.application()).isEqualTo("recurring-it");
                    assertThat(schedule.taskName()).isEqualTo("it.heartbeat");
                    assertThat(schedule.fixedRate()).isEqualTo(Duration.ofSeconds(1));
                });

        tasks.pauseSchedule("recurring-it.heartbeat");
        int whenPaused = settledCount("heartbeat");
        settling.awaitReleasedBy(Instant.now().plusSeconds(2)); // two fire times of the paused schedule
        assertThat(executions.count("heartbeat")).isEqualTo(whenPaused);

        tasks.resumeSchedule("recurring-it.heartbeat");
        await().atMost(WAIT).until(() -> executions.count("heartbeat") > whenPaused);

        tasks.removeSchedule("recurring-it.heartbeat");
        assertThat(tasks.schedules()).extracting(ScheduleInfo::name).doesNotContain("recurring-it.heartbeat");
    }

    @Test
    @OperateOnDeployment("app")
    void aCronScheduleRegisteredAtRunTimeFiresWithItsArguments() {
        String key = UUID.randomUUID().toString();
        String name = "recurring-it.cron-" + key;

        tasks.schedule(RecurringSchedule.cron(name, "* * * * * ?").inZone(ZoneId.of("Europe/Paris")),
                () -> sample.echo(key));

        await().atMost(WAIT).until(() -> executions.count(key) >= 2);
        // Each fired task carries the fire time it belongs to: whole seconds, for this cron expression.
        assertThat(table.scheduledTimesOf(key)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(fireTime -> assertThat(fireTime.getNano()).isZero())
                .doesNotHaveDuplicates();
        tasks.removeSchedule(name);
        int afterRemoval = settledCount(key);
        settling.awaitReleasedBy(Instant.now().plusSeconds(2)); // two fire times of the removed schedule
        assertThat(executions.count(key)).isEqualTo(afterRemoval);
    }

    @Test
    @OperateOnDeployment("app")
    void triggeringRunsTheScheduledTaskNowEvenWhenPaused() {
        String key = UUID.randomUUID().toString();
        String name = "recurring-it.hourly-" + key;
        tasks.schedule(RecurringSchedule.fixedRate(name, Duration.ofHours(1)).onMisfire(Misfire.SKIP),
                () -> sample.echo(key));
        tasks.pauseSchedule(name);

        UUID id = tasks.triggerSchedule(name);

        assertThat(tasks.await(id, String.class, WAIT)).isEqualTo("echo:" + key);
        assertThat(tasks.schedules()).filteredOn(schedule -> schedule.name().equals(name)).singleElement()
                .satisfies(schedule -> assertThat(schedule.paused()).isTrue());
        tasks.removeSchedule(name);
    }

    @Test
    @OperateOnDeployment("app")
    void aBadCronExpressionIsRefusedWithTheReason() {
        assertThatThrownBy(() -> tasks.schedule(RecurringSchedule.cron("recurring-it.bad", "61 * * * *"),
                () -> sample.echo("never")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'61 * * * *' is not a valid cron expression");
        assertThat(tasks.schedules()).extracting(ScheduleInfo::name).doesNotContain("recurring-it.bad");
    }

    @Test
    @OperateOnDeployment("app")
    void scheduleNamesAreEachApplicationsOwn() {
        await().atMost(WAIT).until(() -> table.scheduledTask("recurring-other", "shared.nightly") != null);

        tasks.schedule(RecurringSchedule.fixedRate("shared.nightly", Duration.ofHours(2)), () -> sample.echo("nightly"));

        assertThat(table.scheduledTask("recurring-other", "shared.nightly")).isEqualTo("it.other-nightly");
        assertThat(table.scheduledTask("recurring-it", "shared.nightly")).isEqualTo("it.echo");
        assertThat(tasks.schedules()).extracting(ScheduleInfo::application).containsOnly("recurring-it");
        assertThat(tasks.schedules()).filteredOn(schedule -> schedule.name().equals("shared.nightly")).singleElement()
                .satisfies(schedule -> assertThat(schedule.taskName()).isEqualTo("it.echo"));

        tasks.pauseSchedule("shared.nightly");
        tasks.removeSchedule("shared.nightly");
        assertThatThrownBy(() -> tasks.removeSchedule("shared.nightly")).isInstanceOf(ScheduleNotFoundException.class);
        assertThat(table.scheduledTask("recurring-other", "shared.nightly")).isEqualTo("it.other-nightly");
    }

    @Test
    @OperateOnDeployment("app")
    void anUnknownScheduleIsReportedByName() {
        assertThatThrownBy(() -> tasks.pauseSchedule("no-such-schedule"))
                .isInstanceOf(ScheduleNotFoundException.class)
                .hasMessageContaining("no-such-schedule");
    }

    @Test
    @OperateOnDeployment("app")
    void aScheduleCallMustCallATaskMethod() {
        assertThatThrownBy(() -> tasks.schedule(RecurringSchedule.fixedRate("recurring-it.empty", Duration.ofMinutes(1)),
                () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invoked no @DistributedTask method");
    }

    /** The count once a task that was already on its way has run. */
    private int settledCount(String key) {
        settling.awaitDeliveries();
        return executions.count(key);
    }
}
