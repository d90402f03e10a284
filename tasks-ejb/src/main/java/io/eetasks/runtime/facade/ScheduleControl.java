package io.eetasks.runtime.facade;

import io.eetasks.RecurringSchedule;
import io.eetasks.ScheduleInfo;
import io.eetasks.bridge.ScheduleDefinition;
import io.eetasks.runtime.scheduling.FireTimes;
import io.eetasks.runtime.scheduling.ScheduleKey;
import io.eetasks.runtime.scheduling.Schedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** Recurring schedules as applications manage them: check, register, list, pause, resume, trigger, remove. */
@ApplicationScoped
public class ScheduleControl {

    @Inject
    Schedules schedules;

    /** What is wrong with {@code schedule}, or {@code null} if nothing is. */
    public String problem(RecurringSchedule schedule) {
        try {
            FireTimes.validate(schedule);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void register(ScheduleDefinition definition) {
        schedules.register(definition);
    }

    public List<ScheduleInfo> list(String application) {
        return schedules.list(application);
    }

    public boolean pause(String application, String name) {
        return schedules.pause(new ScheduleKey(application, name));
    }

    public boolean resume(String application, String name) {
        return schedules.resume(new ScheduleKey(application, name));
    }

    public UUID trigger(String application, String name) {
        return schedules.trigger(new ScheduleKey(application, name));
    }

    public boolean remove(String application, String name) {
        return schedules.remove(new ScheduleKey(application, name));
    }
}
