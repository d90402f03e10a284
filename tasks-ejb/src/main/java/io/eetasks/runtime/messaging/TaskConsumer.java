package io.eetasks.runtime.messaging;

import io.eetasks.spi.TaskDelivery;
import io.eetasks.spi.TaskTransport;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * The default transport's consuming side: receives task ids from the tasks queue and hands them to the
 * runtime ({@link TaskDelivery}). Bean-managed: the runtime opens the transactions it needs, and the
 * message is acknowledged when it returns.
 */
@MessageDriven(name = "TaskConsumer", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/eetasks"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${tasks.consumers:16}")
})
@TransactionManagement(TransactionManagementType.BEAN)
public class TaskConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TaskConsumer.class);

    @Inject
    TaskDelivery delivery;

    @Override
    public void onMessage(Message message) {
        UUID taskId;
        try {
            taskId = UUID.fromString(((TextMessage) message).getText().trim());
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | JMSException e) {
            LOG.errorf("EETASKS0100: Ignored a message on the tasks queue that is not a task id: %s", message);
            return;
        }
        delivery.deliver(TaskTransport.DEFAULT_QUEUE, taskId);
    }
}
