-- Each outbox message names the unit it is about (the case's responsible unit), so that a dispatcher acting for one
-- province leases only that province's messages, in the query (issue 10.7).
ALTER TABLE hw_outbox ADD COLUMN unit_key VARCHAR(200) ${hw_key_collation};

-- Messages written before this migration: a staff notification's idempotency key begins with its alert's id, a
-- reminder's and a spot-check request's name their case; each takes the unit of that alert or case.
UPDATE hw_outbox SET unit_key = (SELECT MIN(a.unit_key) FROM hw_alert a
    WHERE CAST(a.alert_id AS VARCHAR(36)) = SUBSTRING(hw_outbox.idempotency_key FROM 1 FOR 36))
  WHERE unit_key IS NULL AND idempotency_key NOT LIKE 'homewatch:%';
UPDATE hw_outbox SET unit_key = (SELECT MIN(c.unit_key) FROM hw_case c
    WHERE CAST(c.case_id AS VARCHAR(36)) = SUBSTRING(hw_outbox.idempotency_key FROM 20 FOR 36))
  WHERE unit_key IS NULL AND idempotency_key LIKE 'homewatch:reminder:%';
UPDATE hw_outbox SET unit_key = (SELECT MIN(c.unit_key) FROM hw_case c
    WHERE CAST(c.case_id AS VARCHAR(36)) = SUBSTRING(hw_outbox.idempotency_key FROM 22 FOR 36))
  WHERE unit_key IS NULL AND idempotency_key LIKE 'homewatch:spot-check:%';
-- A message whose alert or case no longer exists is about nobody a unit could still answer for.
DELETE FROM hw_outbox WHERE unit_key IS NULL;
ALTER TABLE hw_outbox ALTER COLUMN unit_key SET NOT NULL;
