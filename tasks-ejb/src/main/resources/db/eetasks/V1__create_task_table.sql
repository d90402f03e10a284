-- The task table. Indexed columns beside JSON payload and result; works on H2 2.x and PostgreSQL.
CREATE TABLE eet_task (
    id               UUID                     NOT NULL PRIMARY KEY,
    name             VARCHAR(300)             NOT NULL,
    application      VARCHAR(200)             NOT NULL,
    status           VARCHAR(30)              NOT NULL,
    priority         INTEGER                  NOT NULL,
    payload          TEXT                     NOT NULL,
    result           TEXT,
    error_type       VARCHAR(500),
    error_message    TEXT,
    error_stack      TEXT,
    attempt          INTEGER                  NOT NULL,
    max_attempts     INTEGER                  NOT NULL,
    scheduled_at     TIMESTAMP WITH TIME ZONE,
    started_at       TIMESTAMP WITH TIME ZONE,
    completed_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    node             VARCHAR(200),
    lease_expires_at TIMESTAMP WITH TIME ZONE,
    parent_id        UUID,
    root_id          UUID,
    idempotency_key  VARCHAR(200),
    waiting_for      VARCHAR(1000),
    retain_until     TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL
);

CREATE INDEX eet_task_status_updated ON eet_task (status, updated_at);
CREATE INDEX eet_task_application_status ON eet_task (application, status);
CREATE INDEX eet_task_name ON eet_task (name);
CREATE INDEX eet_task_parent ON eet_task (parent_id);
CREATE INDEX eet_task_root ON eet_task (root_id);
