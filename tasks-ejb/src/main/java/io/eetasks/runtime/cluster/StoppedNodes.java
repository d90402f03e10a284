package io.eetasks.runtime.cluster;

import io.eetasks.runtime.config.TasksConfig;
import io.eetasks.runtime.store.DatabaseClock;
import io.eetasks.runtime.execution.LeaseKeeper;
import io.eetasks.runtime.dispatch.PendingTaskRedispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Hands the work of a node that stopped to the others as soon as the leader notices it (the node said
 * goodbye, or its heartbeat lapsed for {@code tasks.node.dead-after}). The messages of PENDING tasks
 * may sit in that node's broker, where nobody consumes them, so every PENDING task is sent again (a
 * duplicate is refused by the claim), except those a consumer found waiting for their application. The
 * brokers may still route messages to the stopped node for a while (until they notice it is gone):
 * {@code tasks.node.dead-after} later, the pending tasks are sent a second time. The attempts of a stopped node that is silent are ended instead of waiting for their
 * leases to run out (a node that said goodbye may still be finishing them for a moment).
 */
@ApplicationScoped
public class StoppedNodes {

    @Inject
    NodeHeartbeat heartbeat;

    @Inject
    LeaseKeeper leases;

    @Inject
    PendingTaskRedispatcher redispatcher;

    @Inject
    DatabaseClock clock;

    @Inject
    TasksConfig config;

    public void handOver() {
        Instant silentSince = clock.now().minus(config.nodeDeadAfter());
        for (NodeHeartbeat.StoppedNode node : heartbeat.newlyStopped(silentSince)) {
            if (!heartbeat.markStopped(node.name())) {
                continue;
            }
            if (node.lastSeen().isBefore(silentSince.minus(config.redispatchAfter()))) {
                // Found long after it stopped (a node that never came back, seen by a new leader): the
                // periodic re-dispatch has sent its tasks again already.
                heartbeat.settle(node.name());
                ClusterLog.LOG.nodeGoneLongAgo(node.name(), node.lastSeen());
                continue;
            }
            if (node.left()) {
                ClusterLog.LOG.nodeLeft(node.name());
            } else {
                ClusterLog.LOG.nodeVanished(node.name(), node.lastSeen());
            }
            sendPendingAgain(node.name());
        }
        for (String node : heartbeat.unsettled(silentSince)) {
            if (heartbeat.settle(node)) {
                sendPendingAgain(node);
            }
        }
        if (leases.expireLeasesOfStoppedNodes(silentSince) > 0) {
            leases.recoverExpired();
        }
    }

    private void sendPendingAgain(String node) {
        int sent = redispatcher.redispatchAllPending();
        ClusterLog.LOG.pendingSentAgain(sent, node);
    }
}
