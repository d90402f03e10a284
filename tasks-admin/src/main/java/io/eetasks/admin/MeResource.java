package io.eetasks.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Map;

/** Who is logged in, and whether they may act (the console shows action buttons only then). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    static final String ADMIN_ROLE = "tasks-admin";

    @GET
    public Map<String, Object> me(@Context SecurityContext security) {
        return Map.of("user", security.getUserPrincipal().getName(), "canAct", security.isUserInRole(ADMIN_ROLE));
    }
}
