-- An optional time limit per task: its attempts' transactions time out after it.
ALTER TABLE eet_task ADD COLUMN timeout_ms BIGINT;
