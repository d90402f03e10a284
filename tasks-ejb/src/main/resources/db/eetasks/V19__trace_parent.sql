-- The W3C trace context (traceparent) of the submission that recorded the task, so that the run, on
-- whichever node, joins the submitter's trace (docs/tracing.md). Null when nothing traced the submission.
ALTER TABLE eet_task ADD COLUMN trace_parent VARCHAR(55);
