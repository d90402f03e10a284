package io.eetasks.runtime.awaiting;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.awaiting.CompletionSignals;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Receives the other nodes' notices of finished tasks ({@link CompletionNotices}) and wakes this
 * node's waiters. One session, so each notice arrives once per node.
 */
@MessageDriven(name = "CompletionListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/eetasks.completions"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionManagement(TransactionManagementType.BEAN)
public class CompletionListener implements MessageListener {

    @Inject
    CompletionSignals signals;

    @Inject
    TasksConfig config;

    @Override
    public void onMessage(Message message) {
        try {
            if (config.node().equals(message.getStringProperty(CompletionNotices.NODE_PROPERTY))) {
                return;
            }
            String text = ((TextMessage) message).getText();
            List<UUID> ids = Arrays.stream(text.split(",")).map(String::trim).map(UUID::fromString).toList();
            signals.finishedElsewhere(ids);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | JMSException e) {
            AwaitingLog.LOG.notACompletionNotice(message);
        }
    }
}
