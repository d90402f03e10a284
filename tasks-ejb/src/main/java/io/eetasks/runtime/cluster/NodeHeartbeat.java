package io.eetasks.runtime.cluster;

import io.eetasks.runtime.config.TasksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Tells the other nodes (and the console) that this node runs: a row per node, its start time, and
 * a last-seen time renewed every {@link #INTERVAL}.
 */
@ApplicationScoped
public class NodeHeartbeat {

    public static final Duration INTERVAL = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TasksConfig config;

    /** Records that this node has just started. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = entityManager.createNativeQuery("update eet_node set started_at = ?, last_seen_at = ? where name = ?")
                .setParameter(1, now).setParameter(2, now).setParameter(3, config.node())
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into eet_node (name, started_at, last_seen_at) values (?, ?, ?)")
                    .setParameter(1, config.node()).setParameter(2, now).setParameter(3, now)
                    .executeUpdate();
        }
    }

    /** Renews this node's last-seen time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beat() {
        int updated = entityManager.createNativeQuery("update eet_node set last_seen_at = ? where name = ?")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).setParameter(2, config.node())
                .executeUpdate();
        if (updated == 0) {
            started();
        }
    }
}
