-- The queue a task is sent to (docs/queues.md). Tasks from before queues existed went to the default one.
ALTER TABLE eet_task ADD COLUMN queue_name VARCHAR(64) DEFAULT 'default' NOT NULL;
-- The queues a node consumes from, with their consumers ("default=16,reports=4"), for the console.
ALTER TABLE eet_node ADD COLUMN queues VARCHAR(2000);
