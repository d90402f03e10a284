package io.eetasks.admin;

import io.eetasks.runtime.readmodel.NodeQueries;
import io.eetasks.runtime.readmodel.NodeRow;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The nodes that have run EE Tasks, whether they still do, how many tasks each runs now and what it consumes. */
@Path("nodes")
@Produces(MediaType.APPLICATION_JSON)
public class NodesResource {

    @Inject
    NodeQueries queries;

    @GET
    public List<NodeRow> nodes() {
        return queries.nodes();
    }
}
