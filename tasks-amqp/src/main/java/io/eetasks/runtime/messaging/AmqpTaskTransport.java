package io.eetasks.runtime.messaging;

import io.eetasks.spi.TaskTransport;
import io.smallrye.reactive.messaging.amqp.OutgoingAmqpMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default transport's sending side: a committed task's id goes to Artemis over AMQP 1.0 through
 * MicroProfile Reactive Messaging (its consuming side is {@code QueueConsumers}, managed threads per queue).
 * The send is not part of any transaction; a send that fails or never happens is made good by the
 * runtime, which sends PENDING tasks again. The number of sends awaiting the broker's acknowledgement
 * is bounded, and by default below the point where Artemis stops granting the link more credit
 * ({@code docs/amqp-credit.md}): a sender that runs out of credit takes a path in the connector that
 * can close the channel.
 *
 * <p>A channel can die for good: the connector closes it on some failures (a negative credit from the
 * broker under load is a known defect of SmallRye Reactive Messaging 4.30), after which nothing sent
 * to it is ever acknowledged, and a Reactive Messaging channel cannot be opened again. When the
 * channel is cancelled, or nothing has been acknowledged for {@code tasks.amqp.stall-timeout} while
 * every permit is taken, the transport says so once and sends over JMS to the same queue from then on
 * ({@link JmsTaskSender}); the tasks whose messages were in flight are sent again by the runtime.
 */
@ApplicationScoped
public class AmqpTaskTransport implements TaskTransport {

    private static final Logger LOG = Logger.getLogger(AmqpTaskTransport.class);
    private static final long PERMIT_WAIT_SECONDS = 5;
    /**
     * Artemis's default {@code amqpLowCredits}: with this many unsettled messages or more, it grants no
     * more credit until some are settled.
     */
    private static final int BROKER_LOW_CREDITS = 300;

    @Inject
    @Channel("eetasks-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    @ConfigProperty(name = "tasks.dispatch.max-in-flight", defaultValue = "200")
    int maxInFlight;

    @Inject
    @ConfigProperty(name = "tasks.amqp.stall-timeout", defaultValue = "PT30S")
    Duration stallTimeout;

    @Inject
    @ConfigProperty(name = "tasks.amqp.address", defaultValue = "jms.queue.eetasks")
    String defaultAddress;

    @Inject
    JmsTaskSender jms;

    private final Map<String, Metadata> addresses = new ConcurrentHashMap<>();

    private Semaphore inFlight;
    /** When the broker last acknowledged (or refused) a message, or a send found nothing in flight. */
    private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
    private volatile boolean channelDead;

    @PostConstruct
    void init() {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("tasks.dispatch.max-in-flight must be at least 1, not " + maxInFlight);
        }
        if (maxInFlight >= BROKER_LOW_CREDITS) {
            LOG.warnf("EETASKS0209: tasks.dispatch.max-in-flight is %d; with %d or more unacknowledged messages an"
                    + " Artemis broker with its default amqpLowCredits (%d) stops granting credit, and the AMQP"
                    + " connector may then close its channel. Keep it below the broker's amqpLowCredits.",
                    maxInFlight, BROKER_LOW_CREDITS, BROKER_LOW_CREDITS);
        }
        inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Sends to the queue's address: the default queue's is {@code tasks.amqp.address}, another queue's
     * that address followed by {@code .<queue>} (the broker's queue {@code eetasks.<queue>}).
     */
    @Override
    public boolean send(String queue, UUID taskId) {
        if (channelDead || emitter.isCancelled()) {
            return channelDied(queue, taskId, "the channel was closed");
        }
        try {
            if (!inFlight.tryAcquire(PERMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                if (System.nanoTime() - lastProgress.get() > stallTimeout.toNanos()) {
                    return channelDied(queue, taskId, "nothing was acknowledged for " + stallTimeout);
                }
                LOG.warnf("EETASKS0201: The broker has not acknowledged %d messages; task %s will be sent"
                        + " again later", maxInFlight, taskId);
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (inFlight.availablePermits() == maxInFlight - 1) {
            lastProgress.set(System.nanoTime());
        }
        try {
            emitter.send(Message.of(taskId.toString(), addresses.computeIfAbsent(queue, this::metadataFor),
                    this::acknowledged, failure -> notAcknowledged(taskId, failure)));
            return true;
        } catch (RuntimeException e) {
            inFlight.release();
            if (emitter.isCancelled()) {
                return channelDied(queue, taskId, e.toString());
            }
            LOG.warnf("EETASKS0202: Could not send task %s to the broker (%s); it will be sent again later",
                    taskId, e.toString());
            return false;
        }
    }

    /** From now on every task goes over JMS; the channel cannot be reopened without a redeployment. */
    private boolean channelDied(String queue, UUID taskId, String why) {
        if (!channelDead) {
            channelDead = true;
            LOG.errorf("EETASKS0210: The AMQP channel to the broker is dead (%s); tasks are sent over JMS"
                    + " (tasks.jms.connection-factory) from now on. Redeploy the tasks EAR to use AMQP again.", why);
        }
        return jms.send(queue, taskId);
    }

    private Metadata metadataFor(String queue) {
        String address = DEFAULT_QUEUE.equals(queue) ? defaultAddress : defaultAddress + "." + queue;
        return Metadata.of(OutgoingAmqpMetadata.builder().withAddress(address).withDurable(true).build());
    }

    private CompletableFuture<Void> acknowledged() {
        inFlight.release();
        lastProgress.set(System.nanoTime());
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> notAcknowledged(UUID taskId, Throwable failure) {
        inFlight.release();
        lastProgress.set(System.nanoTime());
        LOG.warnf("EETASKS0203: The broker refused task %s (%s); it will be sent again later", taskId, failure);
        return CompletableFuture.completedFuture(null);
    }
}
