-- The children a waiting parent still waits for, counted in stripes: children that finish at once
-- count themselves off on different rows, not all on the parent's (docs/fan-in.md). The parent's
-- pending_children now counts its stripes that are not yet empty.
CREATE TABLE eet_child_stripe (
    parent_id UUID    NOT NULL,
    stripe    INTEGER NOT NULL,
    pending   INTEGER NOT NULL,
    PRIMARY KEY (parent_id, stripe)
);
