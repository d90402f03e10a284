-- Retry policy per task, the history of failed attempts, and the index the due-task poller reads.
ALTER TABLE eet_task ADD COLUMN retry_initial_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eet_task ADD COLUMN retry_multiplier DOUBLE PRECISION DEFAULT 1 NOT NULL;
ALTER TABLE eet_task ADD COLUMN retry_max_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE eet_task ADD COLUMN retry_jitter DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE eet_task ADD COLUMN retry_abort_on VARCHAR(4000);

CREATE INDEX eet_task_status_scheduled ON eet_task (status, scheduled_at);

CREATE TABLE eet_task_attempt (
    id            UUID                     NOT NULL PRIMARY KEY,
    task_id       UUID                     NOT NULL,
    attempt       INTEGER                  NOT NULL,
    node          VARCHAR(200),
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    error_type    VARCHAR(500)             NOT NULL,
    error_message TEXT,
    error_stack   TEXT
);

CREATE INDEX eet_task_attempt_task ON eet_task_attempt (task_id, attempt);
