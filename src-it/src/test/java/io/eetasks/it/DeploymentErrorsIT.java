package io.eetasks.it;

import io.eetasks.it.invalid.BadRecurringTasks;
import io.eetasks.it.invalid.BadRetryTasks;
import io.eetasks.it.invalid.BadTimeoutTasks;
import io.eetasks.it.invalid.DuplicateNameTasks;
import io.eetasks.it.invalid.UnsupportedReturnTasks;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application whose task methods are declared wrongly does not deploy, and says which method and
 * what is wrong with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentErrorsIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "unsupported-return", managed = false, testable = false)
    static WebArchive unsupportedReturn() {
        return Deployments.application("unsupported-return-it", UnsupportedReturnTasks.class);
    }

    @Deployment(name = "duplicate-name", managed = false, testable = false)
    static WebArchive duplicateName() {
        return Deployments.application("duplicate-name-it", DuplicateNameTasks.class);
    }

    @Deployment(name = "bad-retry", managed = false, testable = false)
    static WebArchive badRetry() {
        return Deployments.application("bad-retry-it", BadRetryTasks.class);
    }

    @Deployment(name = "bad-recurring", managed = false, testable = false)
    static WebArchive badRecurring() {
        return Deployments.application("bad-recurring-it", BadRecurringTasks.class);
    }

    @Deployment(name = "bad-timeout", managed = false, testable = false)
    static WebArchive badTimeout() {
        return Deployments.application("bad-timeout-it", BadTimeoutTasks.class);
    }

    @Test
    void aTaskMethodWithAReturnTypeNoCallerCanBeGivenFailsTheDeployment() {
        assertRefused("unsupported-return", "UnsupportedReturnTasks.greet(java.lang.String)",
                "returns java.lang.String; a task method must return void, TaskHandle<R>, CompletionStage<R>");
    }

    @Test
    void twoTaskMethodsWithOneNameFailTheDeployment() {
        assertRefused("duplicate-name", "share the task name 'it.invalid.same'",
                "DuplicateNameTasks.first()", "DuplicateNameTasks.second()");
    }

    @Test
    void aRetryPolicyThatIsNotValidFailsTheDeployment() {
        assertRefused("bad-retry", "@TaskRetry on", "BadRetryTasks.retried()",
                "initialDelay 'soon' is not an ISO-8601 duration");
    }

    @Test
    void aScheduleWhoseCronIsNotValidFailsTheDeployment() {
        assertRefused("bad-recurring", "@Recurring", "BadRecurringTasks.nightly()", "every night");
    }

    @Test
    void aTimeoutThatIsNotPositiveFailsTheDeployment() {
        assertRefused("bad-timeout", "BadTimeoutTasks.limited()", "timeout must be positive, was PT0S");
    }

    private void assertRefused(String deployment, String... messageParts) {
        try {
            var refusal = assertThatThrownBy(() -> deployer.deploy(deployment));
            for (String part : messageParts) {
                refusal.hasStackTraceContaining(part);
            }
        } finally {
            deployer.undeploy(deployment);
        }
    }
}
