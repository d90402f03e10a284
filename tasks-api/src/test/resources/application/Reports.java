package com.example.reports;

import io.eetasks.CallbackCondition;
import io.eetasks.DistributedTask;
import io.eetasks.Recurring;
import io.eetasks.TaskContext;
import io.eetasks.TaskHandle;
import io.eetasks.TaskOptions;
import io.eetasks.TaskRetry;
import io.eetasks.TaskService;
import io.eetasks.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.UUID;

/** An application as the user guide (docs/guide/) shows one, using every entry point of the API. */
@ApplicationScoped
public class Reports {

    @Inject
    TaskService tasks;

    @DistributedTask(name = "reports.render", timeout = "PT1M")
    @TaskRetry(maxAttempts = 3)
    public TaskHandle<String> render(String month) {
        TaskContext.current().ifPresent(TaskContext::stopIfCancelled);
        return TaskHandle.completed("report of " + month);
    }

    @DistributedTask(name = "reports.nightly")
    @Recurring(cron = "0 0 2 * * *")
    public void nightly() {
    }

    public String renderNow(String month) {
        TaskHandle<String> handle = render(month);
        UUID id = handle.id();
        tasks.registerCallback("reports.render", CallbackCondition.ON_SUCCESS, "reports.nightly");
        TaskStatus status = tasks.find(id).map(info -> info.status()).orElse(TaskStatus.PENDING);
        TaskHandle<Void> later = tasks.submit(TaskOptions.defaults(), this::nightly);
        return status + handle.await(Duration.ofMinutes(1)) + later.id();
    }
}
