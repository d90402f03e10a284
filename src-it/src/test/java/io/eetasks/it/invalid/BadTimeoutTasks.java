package io.eetasks.it.invalid;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

/** A timeout of zero: its application must not deploy. */
@ApplicationScoped
public class BadTimeoutTasks {

    @DistributedTask(name = "it.invalid.timeout", timeout = "PT0S")
    public void limited() {
    }
}
