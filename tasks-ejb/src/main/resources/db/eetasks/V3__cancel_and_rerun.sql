-- Cooperative cancellation of running tasks, and re-runs with a new set of attempts.
ALTER TABLE eet_task ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE eet_task ADD COLUMN attempt_offset INTEGER DEFAULT 0 NOT NULL;
