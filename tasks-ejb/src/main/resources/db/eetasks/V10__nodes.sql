-- The nodes that run EE Tasks, each renewing its last_seen_at while it runs (for the console).
CREATE TABLE eet_node (
    name         VARCHAR(200)             NOT NULL PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
