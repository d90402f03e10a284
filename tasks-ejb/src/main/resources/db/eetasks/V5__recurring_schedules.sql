-- Recurring schedules: each fires once per fire time across all nodes (a conditional update of next_fire_at).
CREATE TABLE eet_schedule (
    name          VARCHAR(300)             NOT NULL PRIMARY KEY,
    application   VARCHAR(200)             NOT NULL,
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
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX eet_schedule_due ON eet_schedule (paused, next_fire_at);
