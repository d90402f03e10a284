package io.eetasks.runtime.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Ready while the broker takes the tasks this node sends: not ready once it has acknowledged nothing
 * of what it was sent in the last {@value #UNREACHABLE_SECONDS} s or more (they wait in memory, and the tasks stay
 * recorded). A node whose AMQP channel died sends over JMS: ready, and the data says so.
 */
@Readiness
@ApplicationScoped
public class BrokerSendingHealth implements HealthCheck {

    static final String NAME = "eetasks-broker";
    private static final long UNREACHABLE_SECONDS = 5;

    @Inject
    AmqpTaskTransport transport;

    @Override
    public HealthCheckResponse call() {
        Duration unanswered = transport.unansweredFor();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("in flight", transport.inFlight())
                .withData("waiting", transport.waiting())
                .withData("channel", transport.overJms() ? "JMS (the AMQP channel died; redeploy the tasks EAR)" : "AMQP");
        if (!transport.overJms() && unanswered.toSeconds() >= UNREACHABLE_SECONDS) {
            response.down().withData("reason", "the broker has acknowledged none of the task messages sent in the last "
                    + unanswered.toSeconds() + " s; they wait in memory and are sent when it does");
        }
        return response.build();
    }
}
