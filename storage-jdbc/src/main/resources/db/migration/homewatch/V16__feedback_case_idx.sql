-- Serves FeedbackStore.forCase: a citizen's own feedback about their case, oldest first.
CREATE INDEX hw_feedback_case_idx ON hw_feedback (case_id, submitted_at, feedback_id);
