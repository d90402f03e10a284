package io.eetasks.admin;

import io.eetasks.runtime.readmodel.LimitQueries;
import io.eetasks.runtime.readmodel.LimitRow;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The limits defined, with their tasks running and waiting, per limit and for the busiest keys. */
@Path("limits")
@Produces(MediaType.APPLICATION_JSON)
public class LimitsResource {

    @Inject
    LimitQueries limits;

    @GET
    public List<LimitRow> limits() {
        return limits.limits();
    }
}
