package io.eetasks.demo;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;

/** A task as an application writes one: a CDI bean method with {@link DistributedTask}. */
@ApplicationScoped
public class Greeter {

    @DistributedTask(name = "demo.greet")
    public TaskHandle<String> greet(@NotBlank(message = "A name is required.") String name) {
        return TaskHandle.completed("Hello, " + name + "!");
    }
}
