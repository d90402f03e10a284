package io.eetasks.runtime.messaging;

import static io.eetasks.runtime.settings.TasksSettings.AMQP_BIND_ADDRESS;
import static io.eetasks.runtime.settings.TasksSettings.AMQP_PORT;
import static io.eetasks.runtime.settings.TasksSettings.BROKER_HOST;
import static io.eetasks.runtime.settings.TasksSettings.BROKER_PORT;

import org.eclipse.microprofile.config.spi.ConfigSource;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;

/**
 * Defaults {@code tasks.broker.host} and {@code tasks.broker.port}, where the sender connects, to this
 * node's own AMQP acceptor (socket binding {@code eetasks-amqp}) as it is bound, port offset included:
 * each node of a cluster sends to its own broker. Any other source (a system property, an environment
 * variable) overrides them, which is how an external broker is named.
 */
public class LocalBrokerAddress implements ConfigSource {

    static final String HOST = BROKER_HOST.key();
    static final String PORT = BROKER_PORT.key();
    private static final String SOCKET_BINDING = "jboss.as:socket-binding-group=standard-sockets,socket-binding=eetasks-amqp";
    private static final String SOCKET_BINDING_GROUP = "jboss.as:socket-binding-group=standard-sockets";

    private volatile Map<String, String> address;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(HOST, PORT);
    }

    @Override
    public String getValue(String name) {
        if (!HOST.equals(name) && !PORT.equals(name)) {
            return null;
        }
        if (address == null) {
            address = resolve();
        }
        return address.get(name);
    }

    /** Below system properties (400), the environment (300) and any other source (100). */
    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "EE Tasks: this node's AMQP acceptor";
    }

    /** The acceptor's bound address from the management model, else the configured port plus the offset. */
    private static Map<String, String> resolve() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName binding = new ObjectName(SOCKET_BINDING);
            if (server.isRegistered(binding)) {
                Object boundPort = server.getAttribute(binding, "boundPort");
                Object boundAddress = server.getAttribute(binding, "boundAddress");
                if (boundPort instanceof Number port && port.intValue() > 0 && boundAddress != null) {
                    return Map.of(HOST, connectable(boundAddress.toString()), PORT, String.valueOf(port));
                }
                Object port = server.getAttribute(binding, "port");
                Object offset = server.getAttribute(new ObjectName(SOCKET_BINDING_GROUP), "portOffset");
                if (port instanceof Number base && offset instanceof Number shift) {
                    return Map.of(HOST, connectable(bindAddress()),
                            PORT, String.valueOf(base.intValue() + shift.intValue()));
                }
            }
        } catch (Exception | LinkageError e) {
            // Not in WildFly, or no JMX: fall back to the system properties the socket binding reads.
        }
        int port = Integer.getInteger(AMQP_PORT.key(), AMQP_PORT.parsedDefault())
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return Map.of(HOST, connectable(bindAddress()), PORT, String.valueOf(port));
    }

    /**
     * The acceptor's interface (02-messaging.cli): loopback unless this says otherwise. System properties
     * only, as the server's configuration reads them; a config source cannot ask the configuration.
     */
    private static String bindAddress() {
        return System.getProperty(AMQP_BIND_ADDRESS.key(), AMQP_BIND_ADDRESS.defaultValue());
    }

    /** An acceptor bound to every interface is reached on the loopback one. */
    private static String connectable(String bound) {
        String host = bound.startsWith("/") ? bound.substring(1) : bound;
        return host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")
                ? "localhost" : host;
    }
}
