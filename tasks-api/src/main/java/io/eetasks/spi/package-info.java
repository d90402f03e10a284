/**
 * The transport seam: how a task's id travels from the node that dispatches it to a node that runs it.
 * The runtime only calls {@link io.eetasks.spi.TaskTransport#send} (and asks
 * {@link io.eetasks.spi.TaskTransport#reachable}) and is called through
 * {@link io.eetasks.spi.TaskDelivery#deliver}; everything else (connections, acknowledgements,
 * redelivery, which node consumes what) is the transport's. The default transport sends over AMQP 1.0
 * (the node's own connection, with the Vert.x AMQP client) to Artemis and consumes with managed threads. To put another
 * broker behind EE Tasks, add a jar to the tasks EAR's {@code lib/} with a CDI bean implementing
 * {@code TaskTransport}, annotated {@code @Alternative @Priority(...)}, and consumers that hand what
 * they receive to the injected {@code TaskDelivery}. The database stays the truth: a lost message is
 * sent again, a duplicate is refused, so a transport need not be transactional or exactly-once.
 */
package io.eetasks.spi;
