-- Schedule names are scoped by application: two applications may each have a schedule called "nightly".
-- A new table rather than a changed primary key: the key's constraint name differs between H2 and PostgreSQL.
CREATE TABLE eet_schedule_per_application (
    application   VARCHAR(200)             NOT NULL,
    name          VARCHAR(300)             NOT NULL,
    task_name     VARCHAR(300)             NOT NULL,
    payload       TEXT                     NOT NULL,
    cron          VARCHAR(200),
    fixed_rate_ms BIGINT,
    zone          VARCHAR(100)             NOT NULL,
    misfire       VARCHAR(20)              NOT NULL,
    paused        BOOLEAN                  DEFAULT FALSE NOT NULL,
    next_fire_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fire_at  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application, name)
);

INSERT INTO eet_schedule_per_application (application, name, task_name, payload, cron, fixed_rate_ms, zone, misfire,
                                          paused, next_fire_at, last_fire_at, created_at, updated_at)
SELECT application, name, task_name, payload, cron, fixed_rate_ms, zone, misfire, paused, next_fire_at, last_fire_at,
       created_at, updated_at
FROM eet_schedule;

DROP TABLE eet_schedule;
ALTER TABLE eet_schedule_per_application RENAME TO eet_schedule;
CREATE INDEX eet_schedule_due ON eet_schedule (paused, next_fire_at);
