-- The missed-declaration sweep records on its alert the latest missed slot it has counted, so that no slot is
-- counted twice, whichever node runs the sweep.
ALTER TABLE hw_alert ADD COLUMN last_slot_counted TIMESTAMP WITH TIME ZONE;
