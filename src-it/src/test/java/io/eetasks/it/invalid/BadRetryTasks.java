package io.eetasks.it.invalid;

import io.eetasks.DistributedTask;
import io.eetasks.TaskRetry;
import jakarta.enterprise.context.ApplicationScoped;

/** A retry policy whose delay is not a duration: its application must not deploy. */
@ApplicationScoped
public class BadRetryTasks {

    @DistributedTask(name = "it.invalid.retry")
    @TaskRetry(initialDelay = "soon")
    public void retried() {
    }
}
