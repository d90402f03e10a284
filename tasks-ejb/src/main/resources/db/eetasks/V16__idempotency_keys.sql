-- Idempotency keys: a task's key is unique per application and task name, and each key in use has a row
-- of its own that submitters lock, so that two submissions with one key (on two nodes) make one task.
CREATE TABLE eet_task_key (
    application     VARCHAR(200) NOT NULL,
    name            VARCHAR(300) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (application, name, idempotency_key)
);

CREATE UNIQUE INDEX eet_task_idempotency ON eet_task (application, name, idempotency_key);

-- Never used: tasks have no priority (queues separate work), and retention is by status and age.
ALTER TABLE eet_task DROP COLUMN priority;
ALTER TABLE eet_task DROP COLUMN retain_until;
