-- For the console: task lists are ordered by creation (keyset paging on created_at, id), filtered by
-- status or name; the overview counts what finished in the last hour.
CREATE INDEX eet_task_created ON eet_task (created_at, id);
CREATE INDEX eet_task_status_created ON eet_task (status, created_at, id);
CREATE INDEX eet_task_name_created ON eet_task (name, created_at, id);
CREATE INDEX eet_task_completed ON eet_task (completed_at);
