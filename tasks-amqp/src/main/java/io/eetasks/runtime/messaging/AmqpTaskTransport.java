package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.AMQP_ADDRESS;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_STALL_TIMEOUT;
import static io.eetasks.runtime.settings.TasksSettings.BROKER_HOST;
import static io.eetasks.runtime.settings.TasksSettings.BROKER_PORT;
import static io.eetasks.runtime.settings.TasksSettings.DISPATCH_MAX_IN_FLIGHT;

import io.eetasks.spi.TaskTransport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;

/**
 * The default transport's sending side: a committed task's id goes to Artemis over AMQP 1.0, through the
 * node's one connection to the broker ({@link BrokerLink}, on the Vert.x AMQP client WildFly ships); its
 * consuming side is {@code QueueConsumers}, managed threads per queue. The send is not part of any
 * transaction and never waits for the broker; a send that never happens (the node stops first, the
 * broker refuses it) is made good by the runtime, which sends PENDING tasks again.
 *
 * <p>Sends awaiting the broker's acknowledgement are bounded ({@code docs/amqp-credit.md}). A broker that goes away costs no
 * caller anything: the sends wait in memory, those it had not acknowledged go again first when it is back,
 * and the outage is logged once when it begins and once when it ends ({@code docs/broker-outage.md}).
 */
@ApplicationScoped
public class AmqpTaskTransport implements TaskTransport {

    private static final Logger LOG = Logger.getLogger(AmqpTaskTransport.class);

    @Inject
    Config config;

    @Inject
    BrokerCredentials credentials;

    private String defaultAddress;
    private BrokerLink link;

    /** Opens the link when the EAR deploys, so that an unreachable broker is known before the first send. */
    void openAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        LOG.debugf("AMQP transport to %s: %d messages in flight at most", link.broker(), link.maxInFlight());
    }

    @PostConstruct
    void init() {
        int maxInFlight = DISPATCH_MAX_IN_FLIGHT.value(config);
        defaultAddress = AMQP_ADDRESS.value(config);
        link = BrokerLink.open(BROKER_HOST.value(config), BROKER_PORT.value(config), credentials.username(),
                credentials.password(), maxInFlight, AMQP_STALL_TIMEOUT.value(config));
    }

    @PreDestroy
    void close() {
        link.close();
    }

    /**
     * Sends to the queue's address: the default queue's is {@code tasks.amqp.address}, another queue's
     * that address followed by {@code .<queue>} (the broker's queue {@code eetasks.<queue>}). Never
     * waits for the broker.
     */
    @Override
    public boolean send(String queue, UUID taskId, int priority) {
        return link.send(DEFAULT_QUEUE.equals(queue) ? defaultAddress : defaultAddress + "." + queue, taskId,
                priority);
    }

    @Override
    public boolean reachable() {
        return link.unreachableFor().isZero();
    }

    /** Sends awaiting the broker's acknowledgement. */
    public int inFlight() {
        return link.inFlight();
    }

    /** Sends waiting in memory to go to the broker. */
    public int waiting() {
        return link.waiting();
    }

    /** How long the broker has been unreachable; {@code ZERO} while it is reachable. */
    Duration unreachableFor() {
        return link.unreachableFor();
    }

    /** Why the broker is unreachable, as the last attempt to reach it found. */
    String unreachableBecause() {
        return link.unreachableBecause();
    }

    /** How long a connected broker has acknowledged none of the sends it was given. */
    Duration silentFor() {
        return link.silentFor();
    }

    /** Where the sends go, {@code host:port}. */
    String broker() {
        return link.broker();
    }
}
