package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.AMQP_ADDRESS;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_PASSWORD;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_STALL_TIMEOUT;
import static io.eetasks.runtime.settings.TasksSettings.DISPATCH_MAX_IN_FLIGHT;

import io.eetasks.spi.TaskTransport;
import io.smallrye.reactive.messaging.amqp.OutgoingAmqpMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default transport's sending side: a committed task's id goes to Artemis over AMQP 1.0 through
 * MicroProfile Reactive Messaging (its consuming side is {@code QueueConsumers}, managed threads per queue).
 * The send is not part of any transaction; a send that fails or never happens is made good by the
 * runtime, which sends PENDING tasks again.
 *
 * <p>Sends awaiting the broker's acknowledgement are bounded, and by default below the point where
 * Artemis stops granting the link more credit ({@code docs/amqp-credit.md}): a sender that runs out of
 * credit takes a path in the connector that can close the channel. A send beyond the bound never
 * blocks its caller: it waits in an outbox, in memory, and goes out as the broker acknowledges earlier
 * ones. A broker that acknowledges nothing for a while is logged once, and once more when it does again
 * ({@code docs/broker-outage.md}).
 *
 * <p>A channel can die for good: the connector closes it on some failures, after which nothing sent
 * to it is ever acknowledged, and a Reactive Messaging channel cannot be opened again. When the
 * channel is cancelled, or nothing has been acknowledged for {@code tasks.amqp.stall-timeout} while
 * every permit is taken, the transport says so once and sends over JMS to the same queue from then on
 * ({@link JmsTaskSender}), the outbox first; the tasks whose messages were in flight are sent again by
 * the runtime.
 */
@ApplicationScoped
public class AmqpTaskTransport implements TaskTransport {

    private static final Logger LOG = Logger.getLogger(AmqpTaskTransport.class);
    /**
     * Artemis's default {@code amqpLowCredits}: with this many unsettled messages or more, it grants no
     * more credit until some are settled.
     */
    private static final int BROKER_LOW_CREDITS = 300;
    /** How long the broker may acknowledge nothing, with sends waiting, before that is logged as an outage. */
    private static final long OUTAGE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Most sends waiting in the outbox (about 100 bytes each); beyond, tasks wait for the re-dispatch. */
    private static final int OUTBOX_LIMIT = 100_000;
    /** How often acknowledgements look for sends left unanswered. */
    private static final long LOST_LOOK_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Inject
    @Channel("eetasks-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    Config config;

    @Inject
    JmsTaskSender jms;

    private int maxInFlight;
    private Duration stallTimeout;
    private String defaultAddress;

    private final Map<String, Metadata> addresses = new ConcurrentHashMap<>();

    private Semaphore inFlight;
    /** Sends waiting for a permit, oldest first. */
    private final Queue<Outgoing> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    /** When the broker last acknowledged (or refused) a message, or a send found nothing in flight. */
    private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
    /** When the outage that was logged began, or 0 while there is none. */
    private final AtomicLong outageSince = new AtomicLong();
    private final AtomicBoolean outboxFullLogged = new AtomicBoolean();
    /** Sends awaiting the broker's answer, by a number of their own: when each was sent ({@code nanoTime}). */
    private final Map<Long, Long> unanswered = new ConcurrentHashMap<>();
    private final AtomicLong sendNumbers = new AtomicLong();
    /** When sends left unanswered were last looked for. */
    private final AtomicLong lostLookedFor = new AtomicLong(System.nanoTime());
    private volatile boolean channelDead;

    private record Outgoing(String queue, UUID taskId) {
    }

    /** Made when the EAR deploys, so that what is missing fails the deployment rather than the first send. */
    void checkAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        LOG.debugf("AMQP transport ready: %d messages in flight at most", maxInFlight);
    }

    @PostConstruct
    void init() {
        // Read here only to say what is missing: the connector reads it itself (microprofile-config.properties).
        Optional<String> password = AMQP_PASSWORD.configured(config);
        if (password.isEmpty() || password.get().isBlank()) {
            throw new IllegalStateException("EETASKS0214: tasks.amqp.password is not set, so the runtime cannot log in"
                    + " to the broker. For the embedded broker, run tasks-server/src/main/scripts/broker-user.sh: it"
                    + " adds the broker user with a generated password and keeps it in"
                    + " configuration/eetasks/tasks.amqp.password. For an external broker, start the server with"
                    + " -Dtasks.amqp.password=... Then deploy the tasks EAR again.");
        }
        maxInFlight = DISPATCH_MAX_IN_FLIGHT.value(config);
        stallTimeout = AMQP_STALL_TIMEOUT.value(config);
        defaultAddress = AMQP_ADDRESS.value(config);
        if (maxInFlight >= BROKER_LOW_CREDITS) {
            AmqpMessagingLog.LOG.maxInFlightTooHigh(maxInFlight, BROKER_LOW_CREDITS);
        }
        inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Sends to the queue's address: the default queue's is {@code tasks.amqp.address}, another queue's
     * that address followed by {@code .<queue>} (the broker's queue {@code eetasks.<queue>}). Never
     * waits for the broker.
     */
    @Override
    public boolean send(String queue, UUID taskId) {
        if (channelDead || emitter.isCancelled()) {
            return channelDied(queue, taskId, "the channel was closed");
        }
        if (waiting.get() == 0 && inFlight.tryAcquire()) {
            if (inFlight.availablePermits() == maxInFlight - 1) {
                lastProgress.set(System.nanoTime());
            }
            return emit(queue, taskId);
        }
        long stalledFor = System.nanoTime() - lastProgress.get();
        if (stalledFor > stallTimeout.toNanos()) {
            return channelDied(queue, taskId, "nothing was acknowledged for " + stallTimeout);
        }
        if (waiting.get() >= OUTBOX_LIMIT) {
            if (outboxFullLogged.compareAndSet(false, true)) {
                AmqpMessagingLog.LOG.outboxFull(OUTBOX_LIMIT, taskId);
            }
            return false;
        }
        waiting.incrementAndGet();
        outbox.add(new Outgoing(queue, taskId));
        if (stalledFor > OUTAGE_NANOS && outageSince.compareAndSet(0, lastProgress.get())) {
            AmqpMessagingLog.LOG.outageBegins(TimeUnit.NANOSECONDS.toSeconds(stalledFor), maxInFlight + waiting.get());
        }
        drain();
        return true;
    }

    /** Sends waiting messages while permits are free (an acknowledgement may have freed one meanwhile). */
    private void drain() {
        while (waiting.get() > 0 && inFlight.tryAcquire()) {
            Outgoing next = outbox.poll();
            if (next == null) {
                inFlight.release();
                return;
            }
            waiting.decrementAndGet();
            emit(next.queue(), next.taskId());
        }
    }

    private boolean emit(String queue, UUID taskId) {
        long number = sendNumbers.incrementAndGet();
        unanswered.put(number, System.nanoTime());
        try {
            emitter.send(Message.of(taskId.toString(), addresses.computeIfAbsent(queue, this::metadataFor),
                    () -> acknowledged(number), failure -> notAcknowledged(number, taskId, failure)));
            return true;
        } catch (RuntimeException e) {
            answered(number);
            if (emitter.isCancelled()) {
                return channelDied(queue, taskId, e.toString());
            }
            AmqpMessagingLog.LOG.sendFailed(taskId, e.toString());
            return false;
        }
    }

    /**
     * From now on every task goes over JMS, those in the outbox first; the channel cannot be reopened
     * without a redeployment.
     */
    private synchronized boolean channelDied(String queue, UUID taskId, String why) {
        if (!channelDead) {
            channelDead = true;
            AmqpMessagingLog.LOG.channelDead(why);
        }
        for (Outgoing next = outbox.poll(); next != null; next = outbox.poll()) {
            waiting.decrementAndGet();
            jms.send(next.queue(), next.taskId());
        }
        return jms.send(queue, taskId);
    }

    /** Frees the send's permit, once, whether the broker answered or the send is given up as lost. */
    private void answered(long number) {
        if (unanswered.remove(number) != null) {
            inFlight.release();
        }
    }

    /**
     * Gives up the sends the broker never answered although it answered sends made {@code tasks.amqp.stall-timeout}
     * after them: the connector dropped them while it reconnected ("send not allowed after the sender is
     * closed"). Their permits are free again; their tasks, still PENDING, are sent again by the re-dispatch.
     */
    private void releaseLost(long answeredAt) {
        int lost = 0;
        for (Map.Entry<Long, Long> send : unanswered.entrySet()) {
            if (answeredAt - send.getValue() > stallTimeout.toNanos() && unanswered.remove(send.getKey()) != null) {
                inFlight.release();
                lost++;
            }
        }
        if (lost > 0) {
            AmqpMessagingLog.LOG.sendsLost(lost);
        }
    }

    /** Sends awaiting the broker's acknowledgement. */
    public int inFlight() {
        return inFlight == null ? 0 : maxInFlight - inFlight.availablePermits();
    }

    /** Sends waiting in the outbox for a permit. */
    public int waiting() {
        return waiting.get();
    }

    /**
     * How long the oldest send made since the broker's last answer has waited for one; {@code ZERO} when
     * there is none (it answers, or nothing was sent since).
     */
    Duration unansweredFor() {
        long answeredAt = lastProgress.get();
        long oldest = unanswered.values().stream().mapToLong(Long::longValue)
                .filter(sentAt -> sentAt - answeredAt >= 0)
                .min().orElse(System.nanoTime());
        return Duration.ofNanos(System.nanoTime() - oldest);
    }

    /** Whether the AMQP channel died and tasks go over JMS. */
    boolean overJms() {
        return channelDead;
    }

    private Metadata metadataFor(String queue) {
        String address = DEFAULT_QUEUE.equals(queue) ? defaultAddress : defaultAddress + "." + queue;
        return Metadata.of(OutgoingAmqpMetadata.builder().withAddress(address).withDurable(true).build());
    }

    private CompletableFuture<Void> acknowledged(long number) {
        progress(number);
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> notAcknowledged(long number, UUID taskId, Throwable failure) {
        progress(number);
        AmqpMessagingLog.LOG.sendRefused(taskId, String.valueOf(failure));
        return CompletableFuture.completedFuture(null);
    }

    /** The broker answered: a permit is free again, the outbox may go on, and an outage has ended. */
    private void progress(long number) {
        answered(number);
        long now = System.nanoTime();
        lastProgress.set(now);
        long lookedFor = lostLookedFor.get();
        if (now - lookedFor > LOST_LOOK_NANOS && lostLookedFor.compareAndSet(lookedFor, now)) {
            releaseLost(now);
        }
        long since = outageSince.getAndSet(0);
        if (since != 0) {
            AmqpMessagingLog.LOG.outageEnds(TimeUnit.NANOSECONDS.toSeconds(now - since), waiting.get());
            outboxFullLogged.set(false);
        }
        if (!channelDead) {
            drain();
        }
    }
}
