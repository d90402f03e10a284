package io.eetasks.bridge;

import java.util.Optional;
import java.util.Set;

/**
 * The applications deployed with tasks, as the registered runtime alone sees them: {@link TaskRegistry}
 * hands this to the runtime it registers, and it answers nothing once that runtime is gone.
 */
public interface DeployedApplications {

    /** The invoker of a deployed application, or empty when it is not deployed. */
    Optional<TaskInvoker> invoker(String application);

    /** The names of the applications deployed now. */
    Set<String> names();
}
