package io.eetasks.runtime.queues;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the queues and their consumers log.
 *
 * <p>Ids EETASKS0100-0199 (docs/logging.md); 0101-0103 are retired.
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 100, max = 199)
public interface QueuesLog {

    QueuesLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), QueuesLog.class,
            QueuesLog.class.getPackageName());

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 100, value = "Ignored a message on queue %s that is not a task id: %s")
    void notATaskId(String queue, jakarta.jms.Message message);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 110, value = "tasks.node.queues names %s; this node does not serve it")
    void queueNotServed(String problem);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 111, value = "This node serves no queue (tasks.node.queues=none): it submits tasks but runs none")
    void noQueueServed();

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 112, value = "Consuming tasks: %s (queue=consumers)")
    void consuming(Map<String, Integer> consumers);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 113, value = "Cannot consume from queue %s (%s); trying again")
    void cannotConsume(String queue, String problem);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 114, value = "Consuming from queue %s again")
    void consumingAgain(String queue);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 115, value = "Tasks %s could not be run now (%s); the broker delivers them again")
    void deliveryFailed(List<UUID> tasks, String problem);
}
