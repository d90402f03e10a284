package io.eetasks.runtime.messaging;

import io.eetasks.spi.TaskTransport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The default transport's sending side: a committed task's id goes to Artemis over AMQP 1.0 through
 * MicroProfile Reactive Messaging (its consuming side is the message-driven bean {@code TaskConsumer}).
 * The send is not part of any transaction; a send that fails or never happens is made good by the
 * runtime, which sends PENDING tasks again. The number of sends awaiting the broker's acknowledgement
 * is bounded, because the connector refuses more than it has credit for.
 */
@ApplicationScoped
public class AmqpTaskTransport implements TaskTransport {

    private static final Logger LOG = Logger.getLogger(AmqpTaskTransport.class);

    @Inject
    @Channel("eetasks-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    Emitter<String> emitter;

    @Inject
    @ConfigProperty(name = "tasks.dispatch.max-in-flight", defaultValue = "512")
    int maxInFlight;

    private Semaphore inFlight;

    @PostConstruct
    void init() {
        inFlight = new Semaphore(maxInFlight);
    }

    /** Only the default queue exists so far; it is the channel's address. */
    @Override
    public boolean send(String queue, UUID taskId) {
        if (!DEFAULT_QUEUE.equals(queue)) {
            throw new IllegalArgumentException("Unknown queue " + queue + "; tasks can only be sent to the "
                    + DEFAULT_QUEUE + " queue");
        }
        try {
            if (!inFlight.tryAcquire(5, TimeUnit.SECONDS)) {
                LOG.warnf("EETASKS0201: The broker has not acknowledged %d messages; task %s will be sent"
                        + " again later", maxInFlight, taskId);
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            emitter.send(Message.of(taskId.toString(), this::acknowledged, failure -> notAcknowledged(taskId, failure)));
            return true;
        } catch (RuntimeException e) {
            inFlight.release();
            LOG.warnf("EETASKS0202: Could not send task %s to the broker (%s); it will be sent again later",
                    taskId, e.toString());
            return false;
        }
    }

    private CompletableFuture<Void> acknowledged() {
        inFlight.release();
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> notAcknowledged(UUID taskId, Throwable failure) {
        inFlight.release();
        LOG.warnf("EETASKS0203: The broker refused task %s (%s); it will be sent again later", taskId, failure);
        return CompletableFuture.completedFuture(null);
    }
}
