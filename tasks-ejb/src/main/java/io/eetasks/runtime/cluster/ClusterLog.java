package io.eetasks.runtime.cluster;

import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

import java.lang.invoke.MethodHandles;
import java.time.Instant;

/**
 * What the cluster's bookkeeping logs: the leader's duties, nodes that stopped.
 *
 * <p>Ids EETASKS0020-0029 (docs/logging.md).
 */
@MessageLogger(projectCode = "EETASKS", length = 4)
@ValidIdRange(min = 20, max = 29)
public interface ClusterLog {

    ClusterLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), ClusterLog.class,
            ClusterLog.class.getPackageName());

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 21, value = "Node %s now does the cluster's periodic duties")
    void leaderNow(String node);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 22, value = "Node %s no longer does the cluster's periodic duties")
    void leaderNoLonger(String node);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 23, value = "Node %s has stopped; sending the pending tasks again")
    void nodeLeft(String node);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 24, value = "Node %s has not been seen since %s; ending its running attempts and sending the pending"
            + " tasks again")
    void nodeVanished(String node, Instant lastSeen);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 25, value = "Sent %d pending task(s) again after node %s stopped")
    void pendingSentAgain(int sent, String node);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 26, value = "Node %s has not been seen since %s; nothing left to hand over")
    void nodeGoneLongAgo(String node, Instant lastSeen);
}
