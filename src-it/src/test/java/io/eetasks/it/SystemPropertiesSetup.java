package io.eetasks.it;

import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

import java.util.Map;

/**
 * Sets system properties on the server before a test class deploys (so the tasks EAR reads them),
 * and removes them afterwards. Subclass it with the properties a test needs.
 */
public abstract class SystemPropertiesSetup implements ServerSetupTask {

    private final Map<String, String> properties;

    protected SystemPropertiesSetup(Map<String, String> properties) {
        this.properties = properties;
    }

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        for (Map.Entry<String, String> property : properties.entrySet()) {
            ModelNode add = operation("add", property.getKey());
            add.get("value").set(property.getValue());
            execute(client, add);
        }
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
        for (String name : properties.keySet()) {
            execute(client, operation("remove", name));
        }
    }

    private static ModelNode operation(String name, String property) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").add("system-property", property);
        return operation;
    }

    private static void execute(ManagementClient client, ModelNode operation) throws Exception {
        ModelNode result = client.getControllerClient().execute(operation);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException("Could not change a system property: " + result);
        }
    }
}
