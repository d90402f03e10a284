-- Priority (0 lowest to 9 highest, 4 by default): the broker delivers a queue's messages by it, and
-- the runtime hands over permits by it (docs/priorities.md).
ALTER TABLE eet_task ADD COLUMN priority INTEGER DEFAULT 4 NOT NULL;

-- A task's labels as it shows them (comma-separated, in the order given), and one row per label to
-- filter by: keyed by label and creation, so that a list filtered by a label is read in the order it
-- shows, as the other filters are by their indexes on eet_task (docs/labels.md).
ALTER TABLE eet_task ADD COLUMN labels VARCHAR(700);

CREATE TABLE eet_task_label (
    label      VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    task_id    UUID                     NOT NULL,
    PRIMARY KEY (label, created_at, task_id)
);

CREATE INDEX eet_task_label_task ON eet_task_label (task_id);
