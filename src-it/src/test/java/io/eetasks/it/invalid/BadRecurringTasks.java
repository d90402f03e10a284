package io.eetasks.it.invalid;

import io.eetasks.DistributedTask;
import io.eetasks.Recurring;
import jakarta.enterprise.context.ApplicationScoped;

/** A schedule whose cron expression is not one: its application must not deploy. */
@ApplicationScoped
public class BadRecurringTasks {

    @DistributedTask(name = "it.invalid.recurring")
    @Recurring(cron = "every night")
    public void nightly() {
    }
}
