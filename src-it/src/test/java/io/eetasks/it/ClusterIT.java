package io.eetasks.it;

/** The cluster's tests with the nodes' embedded brokers clustered (standalone-full-ha.xml, 05-cluster.cli). */
class ClusterIT extends ClusterTests {

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.CLUSTERED;
    }
}
