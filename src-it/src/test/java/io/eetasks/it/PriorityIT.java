package io.eetasks.it;

import io.eetasks.TaskInfo;
import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import io.eetasks.it.priority.PriorityTasks;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Priorities on a real broker: 2,000 tasks of the lowest priority wait behind a task that holds the
 * queue's one consumer; then 20 of the highest arrive (as declared, by options, and released from a
 * delay). Once the consumer is free, every high one starts before the low ones still waiting, but for
 * those the consumer already held in its buffer, which the test measures at the broker
 * (docs/priorities.md).
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PriorityIT.PriorityQueue.class)
class PriorityIT {

    private static final int LOW = 2_000;
    /** What docs/priorities.md promises a consumer holds ahead, at most, with the window 02-messaging.cli sets. */
    private static final int BUFFER_BOUND = 20;

    @Deployment
    static WebArchive application() {
        return Deployments.application("priority-it", PriorityIT.class, Deployments.class, PriorityTasks.class);
    }

    @Inject
    PriorityTasks work;

    @Inject
    TaskService tasks;

    @Inject
    UserTransaction transaction;

    @Test
    void highPriorityTasksStartBeforeTheLowOnesAlreadyWaiting() throws Exception {
        PriorityTasks.reset();
        UUID gate = tasks.submit(TaskOptions.defaults(), work::gate).id();
        assertThat(PriorityTasks.awaitGateEntered()).isTrue();
        for (int from = 0; from < LOW; from += 500) {
            transaction.begin();
            IntStream.range(from, from + 500).forEach(i -> work.low("low-" + i));
            transaction.commit();
        }
        awaitAtBroker(LOW + 1);
        // The gate's message is delivered and not yet acknowledged: the rest is what the consumer holds ahead.
        long buffered = deliveringCount() - 1;
        List<UUID> high = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = "high-delayed-" + i;
            high.add(tasks.submit(TaskOptions.delay(Duration.ofMillis(300)).withPriority(9), () -> work.low(key)).id());
        }
        for (int i = 0; i < 5; i++) {
            String key = "high-option-" + i;
            high.add(tasks.submit(TaskOptions.defaults().withPriority(9), () -> work.low(key)).id());
        }
        for (int i = 0; i < 10; i++) {
            String key = "high-declared-" + i;
            high.add(tasks.submit(TaskOptions.defaults(), () -> work.high(key)).id());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> high.stream()
                .allMatch(id -> tasks.find(id).orElseThrow().status() == TaskStatus.PENDING));
        awaitAtBroker(LOW + 1 + high.size());

        PriorityTasks.openGate();
        await().atMost(Duration.ofMinutes(3)).until(() -> PriorityTasks.starts().size() >= LOW + high.size());

        List<String> starts = PriorityTasks.starts();
        int lastHigh = IntStream.range(0, starts.size()).filter(i -> starts.get(i).startsWith("high-")).max().orElseThrow();
        long lowBeforeLastHigh = starts.subList(0, lastHigh).stream().filter(key -> key.startsWith("low-")).count();
        System.out.printf("PriorityIT: the consumer held %d low tasks ahead; %d low tasks started before the last"
                + " of %d high ones%n", buffered, lowBeforeLastHigh, high.size());
        assertThat(buffered).isLessThanOrEqualTo(BUFFER_BOUND);
        assertThat(lowBeforeLastHigh).isLessThanOrEqualTo(buffered);
        assertThat(starts).hasSize(LOW + high.size()).doesNotHaveDuplicates();
        TaskInfo delayed = tasks.find(high.get(0)).orElseThrow();
        assertThat(delayed.priority()).isEqualTo(9);
        assertThat(delayed.labels()).containsExactly("it-priority");
        assertThat(tasks.find(gate).orElseThrow().priority()).isEqualTo(TaskOptions.DEFAULT_PRIORITY);
    }

    /** Waits until the queue holds at least {@code count} messages (delivered or not, not yet acknowledged). */
    private static void awaitAtBroker(long count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> queueAttribute("messageCount") >= count);
    }

    private static long deliveringCount() throws Exception {
        return queueAttribute("deliveringCount");
    }

    private static long queueAttribute(String name) throws Exception {
        Object value = ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(
                "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=eetasks." + PriorityTasks.QUEUE), name);
        return ((Number) value).longValue();
    }

    /** The queue it-priority, with one consumer on this node. */
    public static class PriorityQueue extends QueueWithConsumers {

        public PriorityQueue() {
            super(PriorityTasks.QUEUE, 1);
        }
    }
}
