-- Parents and children: whether a task's parent waits for it, how many children a waiting parent
-- still waits for, and what a parent does when a child fails.
ALTER TABLE eet_task ADD COLUMN joins_parent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE eet_task ADD COLUMN pending_children INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE eet_task ADD COLUMN child_failure VARCHAR(20);
