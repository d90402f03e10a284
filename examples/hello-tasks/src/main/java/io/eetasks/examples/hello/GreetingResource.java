package io.eetasks.examples.hello;

import io.eetasks.TaskService;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.UUID;

/** {@code POST /hello-tasks/api/greetings?name=Ada} submits; {@code GET /hello-tasks/api/greetings/{id}} awaits. */
@Path("greetings")
@Produces(MediaType.TEXT_PLAIN)
public class GreetingResource {

    @Inject
    Greeter greeter;

    @Inject
    TaskService tasks;

    @POST
    public String submit(@QueryParam("name") String name) {
        return greeter.greet(name).id().toString();
    }

    @GET
    @Path("{id}")
    public String result(@PathParam("id") UUID id) {
        return tasks.await(id, String.class, Duration.ofSeconds(30));
    }

    @ApplicationPath("api")
    public static class HelloApplication extends Application {
    }
}
