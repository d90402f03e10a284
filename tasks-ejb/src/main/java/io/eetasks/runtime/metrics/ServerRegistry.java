package io.eetasks.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;

/**
 * The server-wide registry behind the one WildFly 39 gives a deployment. That deployment registry
 * exports only meters made through its shortcut methods ({@code counter(name, tags)}...): a meter made
 * with a builder, the only way to give it a description or histogram buckets, stays in the deployment
 * registry and is never scraped (WFLY-21061; the later fix still drops the buckets, WFLY-21339). So
 * EE Tasks makes its meters in the registry the deployment's wraps, and removes them itself when it
 * stops (docs/metrics.md). A registry that wraps nothing is used as it is.
 */
final class ServerRegistry {

    private static final Logger LOG = Logger.getLogger(ServerRegistry.class);
    /** The field of WildFly's {@code ApplicationRegistry} that holds the server's registry. */
    private static final String PARENT_FIELD = "parentRegistry";

    private ServerRegistry() {
    }

    static MeterRegistry behind(MeterRegistry deploymentRegistry) {
        try {
            Field parent = deploymentRegistry.getClass().getDeclaredField(PARENT_FIELD);
            parent.setAccessible(true);
            if (parent.get(deploymentRegistry) instanceof MeterRegistry server) {
                return server;
            }
        } catch (NoSuchFieldException e) {
            return deploymentRegistry;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "Cannot read the registry behind %s", deploymentRegistry);
        }
        return deploymentRegistry;
    }
}
