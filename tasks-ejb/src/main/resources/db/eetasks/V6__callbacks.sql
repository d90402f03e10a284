-- The callbacks a task submits when it finishes: condition:task name pairs, separated by ';'.
ALTER TABLE eet_task ADD COLUMN callbacks VARCHAR(4000);
