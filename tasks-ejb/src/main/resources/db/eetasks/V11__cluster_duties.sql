-- The cluster's periodic duties (releasing due tasks, re-dispatch, lease recovery, clean-up, noticing
-- nodes that stopped) are done by one node at a time: the holder of this lease (docs/cluster-duties.md).
CREATE TABLE eet_leader (
    duty       VARCHAR(50)              NOT NULL PRIMARY KEY,
    node       VARCHAR(200),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO eet_leader (duty, node, expires_at) VALUES ('sweeper', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00');

-- When the leader found that a node had stopped (its heartbeat lapsed, or it said goodbye); cleared
-- when the node beats again.
ALTER TABLE eet_node ADD COLUMN gone_at TIMESTAMP WITH TIME ZONE;
-- When a node said goodbye (a graceful stop), so that the leader need not wait for its heartbeat to lapse.
ALTER TABLE eet_node ADD COLUMN left_at TIMESTAMP WITH TIME ZONE;
-- When the leader sent the pending tasks a second time, for messages the brokers still routed to the
-- stopped node after the first time.
ALTER TABLE eet_node ADD COLUMN settled_at TIMESTAMP WITH TIME ZONE;
