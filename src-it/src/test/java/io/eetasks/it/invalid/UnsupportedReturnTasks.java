package io.eetasks.it.invalid;

import io.eetasks.DistributedTask;
import jakarta.enterprise.context.ApplicationScoped;

/** A task method whose return type a caller could not be given: its application must not deploy. */
@ApplicationScoped
public class UnsupportedReturnTasks {

    @DistributedTask(name = "it.invalid.string")
    public String greet(String name) {
        return "Hello, " + name;
    }
}
