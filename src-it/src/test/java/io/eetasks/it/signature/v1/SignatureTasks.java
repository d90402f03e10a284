package io.eetasks.it.signature.v1;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

/** The first version of a task whose signature the next version changes ({@code v2.SignatureTasks}). */
@ApplicationScoped
public class SignatureTasks {

    @DistributedTask(name = "it.signature")
    public void greet(String key) {
        // Never runs: the tasks submitted with this version wait until the next one is deployed.
    }
}
