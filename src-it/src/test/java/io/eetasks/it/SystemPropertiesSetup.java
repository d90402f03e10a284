package io.eetasks.it;

import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

import java.util.Map;

import static io.eetasks.it.ServerOperations.execute;
import static io.eetasks.it.ServerOperations.operation;
import static io.eetasks.it.ServerOperations.redeployTasksEar;

/**
 * Sets system properties on the server before a test class deploys and restarts the tasks EAR so that
 * it reads them; afterwards removes them and restarts it again. Subclass it with the properties a test
 * needs.
 */
public abstract class SystemPropertiesSetup implements ServerSetupTask {

    private final Map<String, String> properties;

    protected SystemPropertiesSetup(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        for (Map.Entry<String, String> property : properties.entrySet()) {
            ModelNode add = operation("add", "system-property", property.getKey());
            add.get("value").set(property.getValue());
            execute(client, add);
        }
        redeployTasksEar(client);
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
        for (String name : properties.keySet()) {
            execute(client, operation("remove", "system-property", name));
        }
        redeployTasksEar(client);
    }
}
