package io.eetasks.it.support;

import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The signal a "nothing (more) happens" check waits for, instead of watching for a while: the work that
 * could still happen has had its chance. A marker task goes the same way as that work (the same sender,
 * the same due-task timer, the same queue), so once it has run and the queue is empty, every message
 * sent before it has been delivered and acknowledged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED) // the caller's open transaction would hold the marker back
public class Settling {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Longer than one tick of the due-task timer (tasks.schedule.poll-millis, 500 ms). */
    private static final Duration TICK = Duration.ofSeconds(1);

    @Inject
    TaskService tasks;

    @Inject
    SampleTasks sample;

    /** Returns once every task message sent so far has been delivered and acknowledged. */
    public void awaitDeliveries() {
        String marker = "settling-" + UUID.randomUUID();
        tasks.submit(TaskOptions.defaults(), () -> sample.echo(marker)).await(WAIT);
        awaitQueueEmpty();
    }

    /**
     * Returns once the due-task timer has released everything due by {@code instant} (delayed tasks,
     * retries, schedule fire times) and the messages it sent have been delivered and acknowledged.
     */
    public void awaitReleasedBy(Instant instant) {
        String marker = "settling-" + UUID.randomUUID();
        tasks.submit(TaskOptions.runAt(instant.plus(TICK)), () -> sample.echo(marker)).await(WAIT);
        awaitQueueEmpty();
    }

    /** Messages on the default tasks queue, those being delivered included. */
    private static void awaitQueueEmpty() {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> messages() == 0);
    }

    private static long messages() throws JMException {
        return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(
                new ObjectName("jboss.as:subsystem=messaging-activemq,server=default,jms-queue=eetasks"),
                "messageCount")).longValue();
    }
}
