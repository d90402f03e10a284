package io.eetasks.runtime.cluster;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.queues.TaskQueues;
import io.eetasks.runtime.store.DatabaseTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells the other nodes (and the console) that this node runs: a row per node, its start time, and
 * a last-seen time renewed every {@code tasks.node.heartbeat}. The leader reads the rows to find
 * nodes that stopped ({@link StoppedNodes}).
 */
@ApplicationScoped
public class NodeHeartbeat {

    @PersistenceContext(unitName = "eetasks")
    EntityManager entityManager;

    @Inject
    TasksConfig config;

    @Inject
    DatabaseClock clock;

    @Inject
    TaskQueues queues;

    /** Records that this node has just started, and the queues it consumes from. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started() {
        OffsetDateTime now = now();
        String served = queues.served().stream().map(queue -> queue + "=" + queues.consumers(queue))
                .collect(Collectors.joining(","));
        int updated = entityManager.createNativeQuery("update eet_node set started_at = ?, last_seen_at = ?,"
                        + " gone_at = null, left_at = null, settled_at = null, queues = ? where name = ?")
                .setParameter(1, now).setParameter(2, now).setParameter(3, served).setParameter(4, config.node())
                .executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("insert into eet_node (name, started_at, last_seen_at, queues)"
                            + " values (?, ?, ?, ?)")
                    .setParameter(1, config.node()).setParameter(2, now).setParameter(3, now).setParameter(4, served)
                    .executeUpdate();
        }
    }

    /**
     * Renews this node's last-seen time (and takes back a stop the leader had recorded), with its health
     * and the consumers of each queue running a task now, for the console.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beat(String health, String busy) {
        int updated = entityManager.createNativeQuery("update eet_node set last_seen_at = ?, gone_at = null,"
                        + " left_at = null, settled_at = null, health = ?, busy = ? where name = ?")
                .setParameter(1, now()).setParameter(2, health).setParameter(3, busy).setParameter(4, config.node())
                .executeUpdate();
        if (updated == 0) {
            started();
        }
    }

    /** Says goodbye: the leader hands this node's work to the others without waiting for the heartbeat to lapse. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void left() {
        entityManager.createNativeQuery("update eet_node set left_at = ? where name = ?")
                .setParameter(1, now()).setParameter(2, config.node())
                .executeUpdate();
    }

    /** Other nodes not yet recorded as stopped that said goodbye or were not seen since {@code seenBefore}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<StoppedNode> newlyStopped(Instant seenBefore) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select name, last_seen_at, left_at from eet_node"
                        + " where gone_at is null and name <> ? and (left_at is not null or last_seen_at < ?)")
                .setParameter(1, config.node())
                .setParameter(2, OffsetDateTime.ofInstant(seenBefore, ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new StoppedNode((String) row[0], DatabaseTimes.toInstant(row[1]),
                row[2] != null)).toList();
    }

    /** Nodes recorded as stopped before {@code goneBefore} whose stop has not been settled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> unsettled(Instant goneBefore) {
        @SuppressWarnings("unchecked")
        List<String> names = entityManager.createNativeQuery("select name from eet_node where gone_at < ?"
                        + " and settled_at is null")
                .setParameter(1, OffsetDateTime.ofInstant(goneBefore, ZoneOffset.UTC))
                .getResultList();
        return names;
    }

    /** Records that a stopped node's work has been handed over a second time; true for the one caller that did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean settle(String node) {
        return entityManager.createNativeQuery("update eet_node set settled_at = ? where name = ? and settled_at is null")
                .setParameter(1, now()).setParameter(2, node)
                .executeUpdate() == 1;
    }

    /** Records that the node stopped; true for the one caller that recorded it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markStopped(String node) {
        return entityManager.createNativeQuery("update eet_node set gone_at = ? where name = ? and gone_at is null")
                .setParameter(1, now()).setParameter(2, node)
                .executeUpdate() == 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    /** A node that stopped: gracefully ({@code left}) or not heard of since {@code lastSeen}. */
    public record StoppedNode(String name, Instant lastSeen, boolean left) {
    }
}
