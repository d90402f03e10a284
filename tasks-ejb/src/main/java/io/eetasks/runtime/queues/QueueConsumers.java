package io.eetasks.runtime.queues;

import static io.eetasks.runtime.settings.TasksSettings.CONSUMER_BATCH_SIZE;
import static io.eetasks.runtime.settings.TasksSettings.CONSUMER_CONNECTION_FACTORY;

import io.eetasks.spi.TaskDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The default transport's consuming side: for each queue this node serves, its configured number of
 * consumers, each a managed thread that receives task ids from the broker and hands them to the
 * runtime (docs/queues.md). Threads rather than message-driven beans, because which queues a node
 * serves and with how many consumers is configuration, and an MDB's pool would cap them.
 */
@ApplicationScoped
public class QueueConsumers {

    @Inject
    TaskQueues queues;

    @Inject
    TaskDelivery delivery;

    @Inject
    Config config;

    private final List<QueueConsumer> consumers = new ArrayList<>();
    private final List<QueueConnection> connections = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts the consumers of every queue this node serves, logged in to the broker as the given user. */
    public synchronized void start(ThreadFactory threadFactory, String username, String password) {
        String connectionFactory = CONSUMER_CONNECTION_FACTORY.value(config);
        // How many waiting tasks a consumer claims in one transaction (docs/hot-path.md).
        int batchSize = CONSUMER_BATCH_SIZE.value(config);
        Map<String, Integer> pools = new TreeMap<>();
        for (String queue : queues.served()) {
            int count = queues.consumers(queue);
            pools.put(queue, count);
            QueueConnection connection = new QueueConnection(connectionFactory, queue, TaskQueues.jndiName(queue),
                    username, password);
            connections.add(connection);
            for (int i = 0; i < count; i++) {
                QueueConsumer consumer = new QueueConsumer(queue, connection, delivery, batchSize);
                Thread thread = threadFactory.newThread(consumer);
                thread.setName("eetasks-" + queue + "-" + (i + 1));
                consumers.add(consumer);
                threads.add(thread);
                thread.start();
            }
        }
        if (pools.isEmpty()) {
            QueuesLog.LOG.noQueueServed();
        } else {
            QueuesLog.LOG.consuming(pools);
        }
    }

    /** What each consumer is doing now, by queue, for the health checks; empty before they start and after they stop. */
    public synchronized Map<String, List<ConsumerState>> states() {
        Map<String, List<ConsumerState>> states = new TreeMap<>();
        for (int i = 0; i < consumers.size(); i++) {
            ConsumerState state = consumers.get(i).state(threads.get(i));
            states.computeIfAbsent(state.queue(), queue -> new ArrayList<>()).add(state);
        }
        return states;
    }

    /** Stops receiving, and waits up to {@code grace} for the tasks being run to finish. */
    public synchronized void stop(Duration grace) {
        consumers.forEach(QueueConsumer::stop);
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        consumers.forEach(QueueConsumer::close);
        connections.forEach(QueueConnection::close);
        consumers.clear();
        connections.clear();
        threads.clear();
    }
}
