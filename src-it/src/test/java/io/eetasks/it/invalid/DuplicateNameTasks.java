package io.eetasks.it.invalid;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

/** Two task methods with one name: its application must not deploy. */
@ApplicationScoped
public class DuplicateNameTasks {

    @DistributedTask(name = "it.invalid.same")
    public void first() {
    }

    @DistributedTask(name = "it.invalid.same")
    public void second() {
    }
}
