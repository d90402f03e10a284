package io.eetasks.runtime.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Ready while the broker takes the tasks this node sends: not ready while it cannot be reached, nor once
 * it has acknowledged none of what it was sent for {@value #SILENT_SECONDS} s or more. Meanwhile the
 * task messages wait in memory, and the tasks stay recorded.
 */
@Readiness
@ApplicationScoped
public class BrokerSendingHealth implements HealthCheck {

    static final String NAME = "eetasks-broker";
    private static final long SILENT_SECONDS = 5;

    @Inject
    AmqpTaskTransport transport;

    @Override
    public HealthCheckResponse call() {
        Duration unreachable = transport.unreachableFor();
        Duration silent = transport.silentFor();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("broker", transport.broker())
                .withData("in flight", transport.inFlight())
                .withData("waiting", transport.waiting());
        if (!unreachable.isZero()) {
            response.down().withData("reason", "the broker is unreachable since " + unreachable.toSeconds() + " s ("
                    + transport.unreachableBecause() + "); task messages wait in memory and are sent when it is back");
        } else if (silent.toSeconds() >= SILENT_SECONDS) {
            response.down().withData("reason", "the broker has acknowledged none of the task messages sent in the last "
                    + silent.toSeconds() + " s; they wait in memory and are sent when it does");
        }
        return response.build();
    }
}
