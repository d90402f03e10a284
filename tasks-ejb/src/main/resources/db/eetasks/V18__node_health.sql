-- What each node last reported with its heartbeat, for the console's nodes page: its readiness and
-- liveness ('UP', or 'DOWN: ' and the failing checks with their reasons), and how many consumers of each
-- queue were running a task ('default=3,reports=0').
ALTER TABLE eet_node ADD COLUMN health VARCHAR(4000);
ALTER TABLE eet_node ADD COLUMN busy VARCHAR(1000);
