package io.eetasks.runtime.cluster;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Which node does the cluster's periodic duties: the one holding the lease row {@code sweeper}. Every
 * node tries to take or renew it at each heartbeat with one conditional update (it succeeds for the
 * holder, or for anyone once the lease has expired by the database's clock), so the duties run on one
 * node, not N, and move to another within a lease when the holder dies. This node believes it holds
 * the lease only until a margin before the lease ends, so two nodes never both act on it.
 */
@ApplicationScoped
public class Leadership {

    private static final String DUTY = "sweeper";

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    DatabaseClock clock;

    @Inject
    TasksConfig config;

    private volatile long heldUntilNanos = System.nanoTime();
    private volatile boolean held;

    /** Whether this node does the cluster's duties now. */
    public boolean held() {
        return held && System.nanoTime() - heldUntilNanos < 0;
    }

    /** Takes or renews the lease if this node holds it or nobody does. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew() {
        long asked = System.nanoTime();
        Instant now = clock.now();
        int updated = entityManager.createNativeQuery("update eet_leader set node = ?, expires_at = ?"
                        + " where duty = ? and (node = ? or node is null or expires_at < ?)")
                .setParameter(1, config.node())
                .setParameter(2, OffsetDateTime.ofInstant(now.plus(config.leaderLease()), ZoneOffset.UTC))
                .setParameter(3, DUTY)
                .setParameter(4, config.node())
                .setParameter(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        boolean holds = updated == 1;
        if (holds) {
            // Counted from before the update, less a margin for clocks and pauses.
            heldUntilNanos = asked + config.leaderLease().toNanos() * 2 / 3;
        }
        if (holds != held) {
            if (holds) {
                ClusterLog.LOG.leaderNow(config.node());
            } else {
                ClusterLog.LOG.leaderNoLonger(config.node());
            }
        }
        held = holds;
    }

    /** Gives the lease up, so that another node takes the duties over at its next heartbeat. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release() {
        held = false;
        entityManager.createNativeQuery("update eet_leader set node = null where duty = ? and node = ?")
                .setParameter(1, DUTY)
                .setParameter(2, config.node())
                .executeUpdate();
    }
}
