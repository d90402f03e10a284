package io.eetasks.it;

/** The cluster's tests with one external Apache Artemis broker for all nodes (04-external-artemis.cli). */
class ExternalBrokerIT extends ClusterTests {

    private ExternalArtemis artemis;

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.EXTERNAL;
    }

    @Override
    void beforeNodes() throws Exception {
        artemis = ExternalArtemis.start();
    }

    @Override
    void afterNodes() {
        if (artemis != null) {
            artemis.close();
        }
    }
}
