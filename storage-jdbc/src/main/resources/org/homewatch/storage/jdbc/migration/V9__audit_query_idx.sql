-- The audit trail is read (AuditStore.query): by actor ("what did this account do") and by target ("who looked at
-- or changed this case"), each over a period, oldest first. The unit subtree and period are served by
-- hw_audit_event_list_idx (V1); these two serve the other questions without reading a whole province's trail.
CREATE INDEX hw_audit_event_actor_idx ON hw_audit_event (actor, occurred_at, event_id);
CREATE INDEX hw_audit_event_target_idx ON hw_audit_event (target_type, target_id, occurred_at, event_id);
