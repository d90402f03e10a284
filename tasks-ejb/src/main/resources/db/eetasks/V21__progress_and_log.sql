-- What a running task reports of itself (TaskContext.progress and TaskContext.log), written outside its
-- own transaction so that it shows while it runs and stays if the attempt rolls back; deleted with the
-- task (docs/progress-and-log.md).
CREATE TABLE eet_task_progress (
    task_id    UUID                     NOT NULL PRIMARY KEY,
    done       BIGINT                   NOT NULL,
    total      BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE eet_task_log (
    task_id   UUID                     NOT NULL,
    seq       INTEGER                  NOT NULL,
    attempt   INTEGER                  NOT NULL,
    logged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    message   VARCHAR(2000)            NOT NULL,
    PRIMARY KEY (task_id, seq)
);
