package io.eetasks.it;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the tasks EAR once for the whole suite, when the server has started, and undeploys it
 * before the server stops; each test class deploys only its own application. A class that needs the
 * runtime configured otherwise redeploys it ({@link ServerOperations#redeployTasksEar}). The server of
 * RestartIT (arquillian.launch=restartable) deploys its own; so does TwoNodesIT in the cluster tests' run
 * (tasks.ear.per.suite=false), where a runtime left on the Arquillian server would join every cluster
 * on the same database as one more node.
 */
public class TasksEarPerSuite implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static class Lifecycle {

        private Archive<?> deployed;

        public void deploy(@Observes AfterStart event) throws DeploymentException {
            if (System.getProperty("arquillian.launch") != null
                    || "false".equals(System.getProperty("tasks.ear.per.suite"))) {
                return;
            }
            deployed = Deployments.tasksEar();
            try {
                event.getDeployableContainer().deploy(deployed);
            } catch (DeploymentException e) {
                // Left in the server's configuration by a run that was killed: replace it.
                event.getDeployableContainer().undeploy(deployed);
                event.getDeployableContainer().deploy(deployed);
            }
        }

        public void undeploy(@Observes BeforeStop event) throws DeploymentException {
            if (deployed != null) {
                event.getDeployableContainer().undeploy(deployed);
                deployed = null;
            }
        }
    }
}
