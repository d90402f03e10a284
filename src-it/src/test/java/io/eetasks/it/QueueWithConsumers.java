package io.eetasks.it;

import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

import static io.eetasks.it.ServerOperations.execute;
import static io.eetasks.it.ServerOperations.operation;
import static io.eetasks.it.ServerOperations.redeployTasksEar;

/** A server setup that adds a named tasks queue with so many consumers on this node, and removes it after. */
abstract class QueueWithConsumers implements ServerSetupTask {

    private final String[] queueAddress;
    private final String[] consumersAddress;
    private final String queue;
    private final int consumers;

    QueueWithConsumers(String queue, int consumers) {
        this.queue = queue;
        this.consumers = consumers;
        this.queueAddress = new String[] {"subsystem", "messaging-activemq", "server", "default", "jms-queue",
                "eetasks." + queue};
        this.consumersAddress = new String[] {"system-property", "tasks.queues." + queue + ".consumers"};
    }

    @Override
    public void setup(ManagementClient client, String containerId) throws Exception {
        ModelNode add = operation("add", queueAddress);
        add.get("entries").add("java:/jms/queue/eetasks." + queue);
        execute(client, add);
        ModelNode count = operation("add", consumersAddress);
        count.get("value").set(String.valueOf(consumers));
        execute(client, count);
        redeployTasksEar(client);
    }

    @Override
    public void tearDown(ManagementClient client, String containerId) throws Exception {
        execute(client, operation("remove", queueAddress));
        execute(client, operation("remove", consumersAddress));
        redeployTasksEar(client);
    }
}
