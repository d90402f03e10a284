package io.eetasks.it.signature.v2;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

/** The next version of {@code v1.SignatureTasks}: the same task name, another parameter list. */
@ApplicationScoped
public class SignatureTasks {

    @DistributedTask(name = "it.signature")
    public void greet(String key, int times) {
        throw new IllegalStateException("a task of the first version must not reach the new method");
    }
}
