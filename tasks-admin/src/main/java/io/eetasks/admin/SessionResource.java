package io.eetasks.admin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Map;

/**
 * The login page's session: {@code POST login} (user name and password as form fields; checked by
 * {@link ConsoleAuthentication} before this runs) opens it, {@code POST logout} ends it.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @POST
    @Path("login")
    public Map<String, Object> login(@Context SecurityContext security) {
        return new MeResource().me(security);
    }

    @POST
    @Path("logout")
    public Response logout(@Context HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
