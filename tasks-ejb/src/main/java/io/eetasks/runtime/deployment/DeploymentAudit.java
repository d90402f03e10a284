package io.eetasks.runtime.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jboss.modules.Module;
import org.jboss.modules.ModuleClassLoader;
import org.jboss.modules.ModuleLoadException;
import org.jboss.modules.ModuleLoader;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Reports applications that use {@code @DistributedTask} without importing the io.eetasks.api
 * module's services. Such an application deploys, but its CDI container never loads the EE Tasks
 * extension, so each call would silently run the method in the caller's thread instead of
 * submitting a task. Each deployment is checked once, when it is seen for the first time.
 */
@ApplicationScoped
public class DeploymentAudit {

    private static final Logger LOG = Logger.getLogger(DeploymentAudit.class);
    private static final String OWN_DEPLOYMENT = "deployment.tasks-ear.ear";

    private final Set<ClassLoader> checked = Collections.newSetFromMap(new WeakHashMap<>());
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    /** Checks every deployment that is up and has not been checked yet. */
    public void checkNewDeployments() throws JMException {
        if (!serverIsRunning()) {
            return;
        }
        for (ObjectName deployment : server.queryNames(new ObjectName("jboss.as:deployment=*"), null)) {
            if (!isUp(deployment)) {
                continue;
            }
            String name = deployment.getKeyProperty("deployment");
            check("deployment." + name, name);
            for (ObjectName sub : server.queryNames(new ObjectName("jboss.as:deployment=" + name + ",subdeployment=*"),
                    null)) {
                check("deployment." + name + "." + sub.getKeyProperty("subdeployment"),
                        name + "/" + sub.getKeyProperty("subdeployment"));
            }
        }
    }

    /** While the server boots, deployments are listed before they can be read; wait until it runs. */
    private boolean serverIsRunning() throws JMException {
        return "running".equalsIgnoreCase(String.valueOf(
                server.getAttribute(new ObjectName("jboss.as:management-root=server"), "serverState")));
    }

    /** Whether the deployment has finished deploying; one that is still on its way is checked later. */
    private boolean isUp(ObjectName deployment) {
        try {
            return "OK".equals(String.valueOf(server.getAttribute(deployment, "status")));
        } catch (JMException e) {
            return false;
        }
    }

    private void check(String moduleName, String deploymentName) {
        if (moduleName.startsWith(OWN_DEPLOYMENT)) {
            return;
        }
        ModuleClassLoader classLoader = moduleClassLoader(moduleName);
        if (classLoader == null || !markChecked(classLoader)) {
            return;
        }
        try {
            Optional<String> offender = OptInCheck.classUsingTasksWithoutOptIn(classLoader);
            offender.ifPresent(type -> LOG.errorf("EETASKS0020: Deployment %s uses @DistributedTask (in %s) but does"
                    + " not import the io.eetasks.api module's services, so its task methods run at once in the"
                    + " caller's thread and are never recorded. Add 'Dependencies: io.eetasks.api services' to its"
                    + " META-INF/MANIFEST.MF, or <module name=\"io.eetasks.api\" services=\"import\"/> to its"
                    + " jboss-deployment-structure.xml, and redeploy it.", deploymentName, type));
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "Could not check deployment %s", deploymentName);
        }
    }

    private synchronized boolean markChecked(ClassLoader classLoader) {
        return checked.add(classLoader);
    }

    private static ModuleClassLoader moduleClassLoader(String moduleName) {
        ModuleLoader deployments = Module.forClass(DeploymentAudit.class).getModuleLoader();
        try {
            return deployments.loadModule(moduleName).getClassLoader();
        } catch (ModuleLoadException e) {
            return null;
        }
    }
}
