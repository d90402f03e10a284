-- The time a PENDING task's message counts as sent as of, when the re-dispatch sent it again (null:
-- never; updated_at stands for the first send). It is set ahead by as long as the task had waited, so
-- that the spacing of a task's re-sends doubles and a task waiting in a long backlog is not sent again
-- and again into it (docs/redispatch.md). Replaces dispatched_at, which held the plain send time.
ALTER TABLE eet_task DROP COLUMN dispatched_at;
ALTER TABLE eet_task ADD COLUMN sent_as_of TIMESTAMP WITH TIME ZONE;
