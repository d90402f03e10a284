package io.eetasks.it.recurring;

import io.eetasks.DistributedTask;
import io.eetasks.Recurring;
import jakarta.enterprise.context.ApplicationScoped;

/** A schedule of another application, named as one of RecurringIT's application is too. */
@ApplicationScoped
public class OtherApplicationsSchedule {

    @DistributedTask(name = "it.other-nightly")
    @Recurring(fixedRate = "PT1H", name = "shared.nightly")
    public void nightly() {
    }
}
