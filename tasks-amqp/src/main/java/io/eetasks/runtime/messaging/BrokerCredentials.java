package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.AMQP_GENERATE_USER;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_PASSWORD;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_USERNAME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The user the runtime logs in to the broker as, for sending (the AMQP link) and consuming (the queues'
 * JMS connections): {@code tasks.amqp.username} and {@code tasks.amqp.password} as configured, or, on a server
 * of the eetasks layer that has no password yet, a user made now ({@link BrokerUser}, docs/broker-access.md).
 */
@ApplicationScoped
public class BrokerCredentials {

    @Inject
    Config config;

    private String username;
    private String password;

    public synchronized String username() {
        resolve();
        return username;
    }

    public synchronized String password() {
        resolve();
        return password;
    }

    private void resolve() {
        if (username == null) {
            String name = AMQP_USERNAME.value(config);
            password = AMQP_PASSWORD.configured(config).filter(value -> !value.isBlank())
                    .orElseGet(() -> generatedPassword(name));
            username = name;
        }
    }

    private String generatedPassword(String username) {
        if (!AMQP_GENERATE_USER.value(config)) {
            throw new IllegalStateException("EETASKS0214: tasks.amqp.password is not set, so the runtime cannot log in"
                    + " to the broker. For the embedded broker, run tasks-server/src/main/scripts/broker-user.sh: it"
                    + " adds the broker user with a generated password and keeps it in"
                    + " configuration/eetasks/tasks.amqp.password. For an external broker, give its user's password in"
                    + " the environment variable TASKS_AMQP_PASSWORD (or -Dtasks.amqp.password=...) and start the"
                    + " server again.");
        }
        Path configDir = Path.of(System.getProperty("jboss.server.config.dir"));
        try {
            String generated = BrokerUser.create(configDir, username);
            AmqpMessagingLog.LOG.brokerUserCreated(username,
                    configDir.resolve("eetasks").resolve(BrokerUser.PASSWORD_FILE).toString());
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("EETASKS0216: Could not make the broker user " + username + " in "
                    + configDir + " (" + e + "). Let the server write its configuration folder, or run"
                    + " broker-user.sh, then deploy the tasks EAR again.", e);
        }
    }
}
