package io.eetasks.it.signature.v1;

import io.eetasks.TaskOptions;
import io.eetasks.TaskService;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;

/** Submits tasks of the first version's signature, due later: they wait while the application is redeployed. */
@Path("signature")
@Produces(MediaType.TEXT_PLAIN)
public class SignatureSubmissions {

    @Inject
    SignatureTasks signature;

    @Inject
    TaskService tasks;

    @POST
    public String submit(@QueryParam("key") String key, @QueryParam("count") int count,
                         @QueryParam("seconds") long seconds) {
        for (int i = 0; i < count; i++) {
            String each = key + "-" + i;
            tasks.submit(TaskOptions.delay(Duration.ofSeconds(seconds)), () -> signature.greet(each));
        }
        return String.valueOf(count);
    }
}
