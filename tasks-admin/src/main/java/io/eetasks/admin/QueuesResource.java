package io.eetasks.admin;

import io.eetasks.runtime.readmodel.QueueQueries;
import io.eetasks.runtime.readmodel.QueueRow;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The queues, how many of their tasks wait and run, and which live nodes consume from each. */
@Path("queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueuesResource {

    @Inject
    QueueQueries queues;

    @GET
    public List<QueueRow> queues() {
        return queues.queues();
    }
}
