package io.eetasks.it;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Management operations the tests' server set-ups share. */
public final class ServerOperations {

    /** The name the tasks EAR is deployed under ({@link TasksEarPerSuite}). */
    public static final String TASKS_EAR = "tasks-ear.ear";

    private ServerOperations() {
    }

    /** An operation on the resource at {@code address}, given as type, name, type, name, ... */
    public static ModelNode operation(String name, String... address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").setEmptyList();
        for (int i = 0; i < address.length; i += 2) {
            operation.get("address").add(address[i], address[i + 1]);
        }
        return operation;
    }

    /** Runs the operation; throws when it does not succeed. */
    public static ModelNode execute(ManagementClient client, ModelNode operation) throws Exception {
        ModelNode result = client.getControllerClient().execute(operation);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException("The server refused " + operation + ": " + result);
        }
        return result;
    }

    /** Restarts the tasks EAR, so that it reads the configuration the set-up has just changed. */
    public static void redeployTasksEar(ManagementClient client) throws Exception {
        execute(client, operation("redeploy", "deployment", TASKS_EAR));
    }

    /** Stops the tasks EAR, keeping it in the server's deployments. */
    public static void undeployTasksEar(ManagementClient client) throws Exception {
        execute(client, operation("undeploy", "deployment", TASKS_EAR));
    }

    /** Starts the tasks EAR again after {@link #undeployTasksEar}. */
    public static void deployTasksEar(ManagementClient client) throws Exception {
        execute(client, operation("deploy", "deployment", TASKS_EAR));
    }
}
