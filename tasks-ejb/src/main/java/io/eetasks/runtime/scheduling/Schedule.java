package io.eetasks.runtime.scheduling;

import io.eetasks.Misfire;
import io.eetasks.ScheduleInfo;
import io.eetasks.bridge.ScheduleDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A recurring schedule as stored. */
@Entity
@Table(name = "eet_schedule")
@IdClass(ScheduleKey.class)
public class Schedule {

    @Id
    private String application;

    @Id
    private String name;

    @Column(name = "task_name", nullable = false)
    private String taskName;

    @Column(nullable = false)
    private String payload;

    private String cron;

    @Column(name = "fixed_rate_ms")
    private Long fixedRateMillis;

    @Column(nullable = false)
    private String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Misfire misfire;

    private boolean paused;

    @Column(name = "next_fire_at", nullable = false)
    private Instant nextFireAt;

    @Column(name = "last_fire_at")
    private Instant lastFireAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Schedule() {
    }

    static Schedule of(ScheduleDefinition definition, Instant now) {
        Schedule schedule = new Schedule();
        schedule.application = definition.call().application();
        schedule.name = definition.schedule().name();
        schedule.createdAt = now;
        schedule.define(definition, now);
        return schedule;
    }

    /** Whether the definition says the same as this schedule already does. */
    boolean sameAs(ScheduleDefinition definition) {
        return taskName.equals(definition.call().name())
                && payload.equals(definition.call().payloadJson())
                && Objects.equals(cron, definition.schedule().cron())
                && Objects.equals(fixedRate(), definition.schedule().fixedRate())
                && zone.equals(definition.schedule().zone().getId())
                && misfire == definition.schedule().misfire();
    }

    /** Takes the definition's task and timing; the next fire time starts from {@code now}. */
    void define(ScheduleDefinition definition, Instant now) {
        taskName = definition.call().name();
        payload = definition.call().payloadJson();
        cron = definition.schedule().cron();
        fixedRateMillis = definition.schedule().fixedRate() == null ? null : definition.schedule().fixedRate().toMillis();
        zone = definition.schedule().zone().getId();
        misfire = definition.schedule().misfire();
        nextFireAt = nextAfter(now, now);
        updatedAt = now;
    }

    /** The first fire time after {@code after}; a fixed rate counts on from {@code previous}. */
    Instant nextAfter(Instant previous, Instant after) {
        return FireTimes.nextAfter(cron, fixedRate(), ZoneId.of(zone), previous, after);
    }

    Duration fixedRate() {
        return fixedRateMillis == null ? null : Duration.ofMillis(fixedRateMillis);
    }

    public ScheduleInfo toInfo() {
        return new ScheduleInfo(name, application, taskName, cron, fixedRate(), zone, misfire, paused, nextFireAt,
                lastFireAt);
    }

    public String getName() {
        return name;
    }

    public String getApplication() {
        return application;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getPayload() {
        return payload;
    }

    public Misfire getMisfire() {
        return misfire;
    }

    public Instant getNextFireAt() {
        return nextFireAt;
    }
}
