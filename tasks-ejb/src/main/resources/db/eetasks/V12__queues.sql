-- The queue a task is sent to (docs/queues.md). Tasks from before queues existed went to the default one.
ALTER TABLE eet_task ADD COLUMN queue_name VARCHAR(64) DEFAULT 'default' NOT NULL;
