-- What an alert's summary says, kept as text keys (JSON of org.homewatch.model.Wording) so that a staff member who
-- reads another language than the deployment's gets the line in theirs (issue 13.8). NULL for alerts stored before
-- it and for health alerts, whose line is written again from the triggering declaration's findings.
ALTER TABLE hw_alert ADD COLUMN summary_wording VARCHAR;
