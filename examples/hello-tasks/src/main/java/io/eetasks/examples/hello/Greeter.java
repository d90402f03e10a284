package io.eetasks.examples.hello;

import io.eetasks.DistributedTask;
import io.eetasks.TaskHandle;
import jakarta.enterprise.context.ApplicationScoped;

/** The task: calling greet records it and returns at once; a node runs it later, once. */
@ApplicationScoped
public class Greeter {

    @DistributedTask(name = "hello.greet")
    public TaskHandle<String> greet(String name) {
        return TaskHandle.completed("Hello, " + name + "!");
    }
}
