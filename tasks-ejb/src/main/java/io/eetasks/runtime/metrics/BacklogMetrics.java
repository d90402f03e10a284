package io.eetasks.runtime.metrics;

import io.eetasks.TaskStatus;
import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.messaging.AmqpTaskTransport;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.store.BacklogRow;
import io.eetasks.runtime.store.TaskStore;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.jboss.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gauges of the cluster's backlog, read from the database every {@code tasks.metrics.refresh} (so a
 * scrape costs no query): unfinished tasks by status and queue, the age of the oldest PENDING task by
 * queue, and the messages in the dead-letter queue; and of this node's sender: dispatch permits in use
 * and messages waiting for one. The backlog is the cluster's, the same on every node: aggregate it with
 * {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class BacklogMetrics {

    private static final Logger LOG = Logger.getLogger(BacklogMetrics.class);
    private static final Set<TaskStatus> UNFINISHED = EnumSet.complementOf(
            EnumSet.of(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED));
    /** Dead letters are counted up to this many: a deeper queue reads as this. */
    static final int DEAD_LETTERS_COUNTED = 10_000;

    @Inject
    Meters meters;

    @Inject
    TaskStore store;

    @Inject
    TaskQueues queues;

    @Inject
    DatabaseClock clock;

    @Inject
    TasksConfig config;

    @Inject
    AmqpTaskTransport transport;

    private MultiGauge backlog;
    private MultiGauge oldestPending;
    private volatile double deadLetters;
    private volatile Duration oldestPendingAge = Duration.ZERO;

    @PostConstruct
    void register() {
        backlog = meters.multiGauge("eetasks.backlog", "Unfinished tasks in the cluster, by status and queue", null);
        oldestPending = meters.multiGauge("eetasks.oldest.pending.age", "How long the oldest PENDING task of the"
                + " queue has waited since it could start (0: none waits)", "seconds");
        meters.gauge("eetasks.dead.letters", "Messages in the dead-letter queue eetasks.DLQ (counted up to "
                + DEAD_LETTERS_COUNTED + ")", null, this, metrics -> metrics.deadLetters);
        meters.gauge("eetasks.dispatch.permits.in.use", "Task messages this node sent that the broker has not"
                + " acknowledged yet (at most tasks.dispatch.max-in-flight)", null, transport, AmqpTaskTransport::inFlight);
        meters.gauge("eetasks.dispatch.waiting", "Task messages waiting in this node's memory for a dispatch"
                + " permit (the broker is slow or away)", null, transport, AmqpTaskTransport::waiting);
    }

    /** Reads the backlog and the dead letters again. */
    public void refresh() {
        List<BacklogRow> rows = store.backlog();
        Instant now = clock.now();
        Map<Tags, Double> counts = new HashMap<>();
        Map<String, Double> ages = new HashMap<>();
        for (String queue : queues.known()) {
            UNFINISHED.forEach(status -> counts.put(Tags.of("status", status.name(), "queue", queue), 0.0));
            ages.put(queue, 0.0);
        }
        for (BacklogRow row : rows) {
            counts.put(Tags.of("status", row.status().name(), "queue", row.queue()), (double) row.tasks());
            if (row.oldestPendingSince() != null) {
                ages.put(row.queue(), Math.max(0, Duration.between(row.oldestPendingSince(), now).toMillis() / 1000.0));
            }
        }
        List<MultiGauge.Row<?>> backlogRows = new ArrayList<>();
        counts.forEach((tags, count) -> backlogRows.add(MultiGauge.Row.of(tags, count)));
        backlog.register(backlogRows, true);
        List<MultiGauge.Row<?>> ageRows = new ArrayList<>();
        ages.forEach((queue, age) -> ageRows.add(MultiGauge.Row.of(Tags.of("queue", queue), age)));
        oldestPending.register(ageRows, true);
        oldestPendingAge = Duration.ofMillis(Math.round(1000 * ages.values().stream().mapToDouble(Double::doubleValue)
                .max().orElse(0)));
        deadLetters = countDeadLetters();
    }

    /** How long the oldest PENDING task of any queue has waited, as last read. */
    public Duration oldestPendingAge() {
        return oldestPendingAge;
    }

    private double countDeadLetters() {
        try (JMSContext context = ((ConnectionFactory) new InitialContext().lookup(config.jmsConnectionFactory()))
                .createContext()) {
            Enumeration<?> messages = context.createBrowser((Queue) new InitialContext().lookup(TaskQueues.DEAD_LETTERS_JNDI))
                    .getEnumeration();
            int count = 0;
            while (count < DEAD_LETTERS_COUNTED && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (NamingException | JMSRuntimeException | jakarta.jms.JMSException e) {
            LOG.debugf(e, "The dead-letter queue cannot be read");
            return deadLetters;
        }
    }

    @PreDestroy
    void removeRows() {
        backlog.register(List.of(), true);
        oldestPending.register(List.of(), true);
    }
}
