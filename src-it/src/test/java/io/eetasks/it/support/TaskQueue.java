package io.eetasks.it.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

import java.util.UUID;

/** Puts task messages on the tasks queue directly, as a duplicate or stray delivery would. */
@ApplicationScoped
public class TaskQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/eetasks")
    Queue queue;

    public void send(UUID taskId) {
        send(taskId.toString());
    }

    /** A message with this body, whatever it is. */
    public void send(String body) {
        jms.createProducer().send(queue, body);
    }
}
