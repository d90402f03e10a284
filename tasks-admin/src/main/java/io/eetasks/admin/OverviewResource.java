package io.eetasks.admin;

import io.eetasks.runtime.readmodel.Overview;
import io.eetasks.runtime.readmodel.OverviewQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Counts by status and by task name, and what finished in each of the last 60 minutes. */
@Path("overview")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @Inject
    OverviewQueries overview;

    @GET
    public Overview overview() {
        return overview.overview();
    }
}
