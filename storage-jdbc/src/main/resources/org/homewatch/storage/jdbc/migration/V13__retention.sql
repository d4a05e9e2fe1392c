-- Retention under Decree 13/2023 (RetentionStore): the purge anonymises closed cases once their retention ran out,
-- and removes finished outbox messages and old audit events.
-- When the case's personal data was anonymised; NULL while it is kept. The purge lists the cases whose
-- anonymised_at IS NULL and whose period ended (actual_end) before a day: hw_case_retention_idx serves both, and an
-- anonymised case leaves the IS NULL part of the index for good, so the purge reads past no purged rows.
ALTER TABLE hw_case ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX hw_case_retention_idx ON hw_case (anonymised_at, actual_end, case_id);
-- The feedback about one case, which the purge anonymises with it (feedback is keyed by its own id).
CREATE INDEX hw_feedback_case_idx ON hw_feedback (case_id);
-- Finished messages older than their retention, oldest first, removed in bounded batches.
CREATE INDEX hw_outbox_created_idx ON hw_outbox (created_at, message_id);
