-- Concurrency and rate limits (docs/permits.md). A limit, defined through TaskService.defineLimit, holds
-- for every node; its row is what the nodes lock to take or hand over its permits.
CREATE TABLE eet_limit (
    name        VARCHAR(100)             NOT NULL PRIMARY KEY,
    max_running INTEGER,
    max_starts  INTEGER,
    window_ms   BIGINT,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The limit a task starts under, and its key ('' for the limit's one shared key).
ALTER TABLE eet_task ADD COLUMN limit_name VARCHAR(100);
ALTER TABLE eet_task ADD COLUMN limit_key VARCHAR(200);

-- One row per permit an attempt got: reserved for a task handed its turn (at reserved_at; granted_at null
-- until it starts, and never before reserved_at), granted when it starts, released when the attempt ends. Running tasks of a key are its
-- unreleased permits; its starts in a window are the permits granted in it (or reserved).
CREATE TABLE eet_permit (
    task_id     UUID                     NOT NULL,
    attempt     INTEGER                  NOT NULL,
    limit_name  VARCHAR(100)             NOT NULL,
    limit_key   VARCHAR(200)             NOT NULL,
    reserved_at TIMESTAMP WITH TIME ZONE,
    granted_at  TIMESTAMP WITH TIME ZONE,
    released_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (task_id, attempt)
);
CREATE INDEX eet_permit_running ON eet_permit (limit_name, limit_key, released_at);
CREATE INDEX eet_permit_granted ON eet_permit (limit_name, limit_key, granted_at);

-- The tasks waiting for a permit, in the order they get one: urgency (9 - priority), then age.
CREATE TABLE eet_limit_wait (
    limit_name VARCHAR(100)             NOT NULL,
    limit_key  VARCHAR(200)             NOT NULL,
    urgency    INTEGER                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    task_id    UUID                     NOT NULL,
    PRIMARY KEY (limit_name, limit_key, urgency, created_at, task_id)
);
CREATE INDEX eet_limit_wait_task ON eet_limit_wait (task_id);
