package io.eetasks.runtime.messaging;

import io.eetasks.spi.TaskTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/** Sends a committed task on its way through the transport (docs/transport.md). */
@ApplicationScoped
public class TaskDispatcher {

    @Inject
    TaskTransport transport;

    /** Returns false when the transport could not take it now; the task is sent again later. */
    public boolean dispatch(UUID taskId) {
        return transport.send(TaskTransport.DEFAULT_QUEUE, taskId);
    }
}
