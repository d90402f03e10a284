package io.eetasks.runtime.submission;

import io.eetasks.bridge.DeployedApplications;
import io.eetasks.bridge.TaskInvoker;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The invokers of the applications deployed with tasks, through which the runtime runs their methods.
 * The registry gives them to the registered runtime alone; the lifecycle connects them at start.
 */
@ApplicationScoped
public class ApplicationInvokers {

    private volatile DeployedApplications deployed;

    public void connect(DeployedApplications applications) {
        deployed = applications;
    }

    /** The invoker of a deployed application, or empty when it is not deployed (or the runtime not started). */
    public Optional<TaskInvoker> of(String application) {
        DeployedApplications applications = deployed;
        return applications == null ? Optional.empty() : applications.invoker(application);
    }
}
