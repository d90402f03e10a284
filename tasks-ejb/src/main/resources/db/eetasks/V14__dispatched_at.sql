-- When the re-dispatch last sent the task's message again (null: never). The re-dispatch picks tasks
-- by this time, or by updated_at before the first re-send, so tasks that are sent again move to the
-- back and no fixed set of old tasks takes every round (docs/redispatch.md).
ALTER TABLE eet_task ADD COLUMN dispatched_at TIMESTAMP WITH TIME ZONE;
