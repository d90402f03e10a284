package io.eetasks.bridge;

import io.eetasks.DistributedTask;
import io.eetasks.Misfire;
import io.eetasks.Recurring;
import io.eetasks.RecurringSchedule;
import io.eetasks.RetryPolicy;
import io.eetasks.TaskRetry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskAnnotationsTest {

    @SuppressWarnings("unused")
    static class Tasks {
        @TaskRetry(maxAttempts = 5, initialDelay = "PT10S", multiplier = 3.0, maxDelay = "PT10M", jitter = 0.25,
                abortOn = {IllegalArgumentException.class, IllegalStateException.class})
        public void retried() {
        }

        public void plain() {
        }

        @TaskRetry(initialDelay = "soon")
        public void badInitialDelay() {
        }

        @TaskRetry(maxDelay = "1h")
        public void badMaxDelay() {
        }

        @TaskRetry(maxAttempts = 0)
        public void noAttempt() {
        }

        @DistributedTask(timeout = "PT30S")
        public void timed() {
        }

        @DistributedTask
        public void untimed() {
        }

        @DistributedTask(timeout = "PT0S")
        public void zeroTimeout() {
        }

        @DistributedTask(timeout = "-PT1S")
        public void negativeTimeout() {
        }

        @DistributedTask(timeout = "30s")
        public void badTimeout() {
        }

        @Recurring(cron = "0 30 2 * * ?", zone = "Europe/Paris")
        public void nightly() {
        }

        @Recurring(fixedRate = "PT5M", name = "inbox.poll", misfire = Misfire.SKIP)
        public void poll() {
        }

        @Recurring(fixedRate = "PT5M")
        public void withParameter(String region) {
        }

        @Recurring(cron = "0 0 * * *", zone = "Mars/Olympus")
        public void badZone() {
        }

        @Recurring(fixedRate = "every five minutes")
        public void badRate() {
        }
    }

    @SuppressWarnings("unused")
    @TaskRetry(maxAttempts = 7, initialDelay = "PT2S")
    static class RetriedTasks {
        public void inherits() {
        }

        @TaskRetry(maxAttempts = 2)
        public void overrides() {
        }
    }

    @Test
    void aTaskRetryOnTheMethodGivesItsPolicy() throws Exception {
        RetryPolicy policy = TaskAnnotations.policyOf(Tasks.class.getMethod("retried"));

        assertThat(policy).isEqualTo(new RetryPolicy(5, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(10), 0.25,
                List.of("java.lang.IllegalArgumentException", "java.lang.IllegalStateException")));
    }

    @Test
    void aMethodWithoutTaskRetryInAClassWithoutOneHasNoPolicy() throws Exception {
        assertThat(TaskAnnotations.policyOf(Tasks.class.getMethod("plain"))).isNull();
    }

    @Test
    void aTaskRetryOnTheClassIsThePolicyOfItsMethods() throws Exception {
        RetryPolicy policy = TaskAnnotations.policyOf(RetriedTasks.class.getMethod("inherits"));

        assertThat(policy).isEqualTo(RetryPolicy.attempts(7).withInitialDelay(Duration.ofSeconds(2)));
    }

    @Test
    void aTaskRetryOnTheMethodReplacesTheOneOnItsClassWhole() throws Exception {
        RetryPolicy policy = TaskAnnotations.policyOf(RetriedTasks.class.getMethod("overrides"));

        assertThat(policy).isEqualTo(RetryPolicy.attempts(2));
    }

    @Test
    void aDelayThatIsNotADurationIsRefusedNamingTheMethodAndTheAttribute() throws Exception {
        Method method = Tasks.class.getMethod("badInitialDelay");

        assertThatThrownBy(() -> TaskAnnotations.policyOf(method))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@TaskRetry on " + method + " is not valid: initialDelay 'soon' is not an ISO-8601"
                        + " duration such as PT1S or PT5M");
    }

    @Test
    void aMaxDelayThatIsNotADurationIsRefusedNamingTheMethodAndTheAttribute() throws Exception {
        Method method = Tasks.class.getMethod("badMaxDelay");

        assertThatThrownBy(() -> TaskAnnotations.policyOf(method))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@TaskRetry on " + method + " is not valid: maxDelay '1h' is not an ISO-8601"
                        + " duration such as PT1S or PT5M");
    }

    @Test
    void aPolicyTheRetryPolicyRefusesIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("noAttempt");

        assertThatThrownBy(() -> TaskAnnotations.policyOf(method))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@TaskRetry on " + method + " is not valid: maxAttempts must be at least 1"
                        + " (or RetryPolicy.UNLIMITED), was 0");
    }

    @Test
    void aTimeoutIsReadAsADuration() throws Exception {
        Method method = Tasks.class.getMethod("timed");

        assertThat(TaskAnnotations.timeoutOf(method, timeout(method))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noTimeoutMeansNone() throws Exception {
        Method method = Tasks.class.getMethod("untimed");

        assertThat(TaskAnnotations.timeoutOf(method, timeout(method))).isNull();
    }

    @Test
    void aZeroTimeoutIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("zeroTimeout");

        assertThatThrownBy(() -> TaskAnnotations.timeoutOf(method, timeout(method)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@DistributedTask on " + method + " is not valid: timeout must be positive, was PT0S");
    }

    @Test
    void aNegativeTimeoutIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("negativeTimeout");

        assertThatThrownBy(() -> TaskAnnotations.timeoutOf(method, timeout(method)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@DistributedTask on " + method + " is not valid: timeout must be positive, was -PT1S");
    }

    @Test
    void aTimeoutThatIsNotADurationIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("badTimeout");

        assertThatThrownBy(() -> TaskAnnotations.timeoutOf(method, timeout(method)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@DistributedTask on " + method + " is not valid: timeout '30s' is not an ISO-8601"
                        + " duration such as PT1S or PT5M");
    }

    @Test
    void aRecurringCronMethodIsScheduledUnderTheTaskNameInItsZone() throws Exception {
        RecurringSchedule schedule = TaskAnnotations.scheduleOf(Tasks.class.getMethod("nightly"), "reports.nightly");

        assertThat(schedule).isEqualTo(RecurringSchedule.cron("reports.nightly", "0 30 2 * * ?")
                .inZone(ZoneId.of("Europe/Paris")));
    }

    @Test
    void aRecurringFixedRateMethodKeepsItsOwnNameAndMisfirePolicy() throws Exception {
        RecurringSchedule schedule = TaskAnnotations.scheduleOf(Tasks.class.getMethod("poll"), "inbox.fetch");

        assertThat(schedule).isEqualTo(new RecurringSchedule("inbox.poll", null, Duration.ofMinutes(5),
                ZoneId.of("UTC"), Misfire.SKIP));
    }

    @Test
    void aMethodWithoutRecurringHasNoSchedule() throws Exception {
        assertThat(TaskAnnotations.scheduleOf(Tasks.class.getMethod("plain"), "plain")).isNull();
    }

    @Test
    void aRecurringMethodWithParametersIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("withParameter", String.class);

        assertThatThrownBy(() -> TaskAnnotations.scheduleOf(method, "report"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@Recurring on " + method + " is not valid: a @Recurring method takes no parameters;"
                        + " register a schedule with arguments through TaskService.schedule instead");
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("badZone");

        assertThatThrownBy(() -> TaskAnnotations.scheduleOf(method, "report"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@Recurring on " + method + " is not valid: Unknown time-zone ID: Mars/Olympus")
                .hasCauseInstanceOf(DateTimeException.class);
    }

    @Test
    void aFixedRateThatIsNotADurationIsRefusedNamingTheMethod() throws Exception {
        Method method = Tasks.class.getMethod("badRate");

        assertThatThrownBy(() -> TaskAnnotations.scheduleOf(method, "report"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@Recurring on " + method + " is not valid: fixedRate 'every five minutes' is not an"
                        + " ISO-8601 duration such as PT1S or PT5M");
    }

    private static String timeout(Method method) {
        return method.getAnnotation(DistributedTask.class).timeout();
    }
}
