package io.eetasks.runtime.scheduling;

import java.io.Serializable;

/** A schedule's identity: its name within its application. */
public record ScheduleKey(String application, String name) implements Serializable {
}
