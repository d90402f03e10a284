package io.eetasks.it;

/**
 * Three nodes of the WildFly distribution set up by the commands the README and docs/guide/cluster.md give
 * for an external broker (04-external-artemis.cli), sharing the work through the broker the guide's
 * {@code artemis create} command makes. ExternalBrokerIT runs the other tests on provisioned nodes.
 */
class ExternalBrokerByCliIT extends SharedWorkTests {

    @Override
    ClusterNodes.Brokers brokers() {
        return ClusterNodes.Brokers.EXTERNAL_BY_CLI;
    }
}
