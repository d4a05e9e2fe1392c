-- Report counters get a stripe: the counters of one (unit, day, measure, dimension) are kept in up to 16 rows, and a
-- transaction adds to the row of its own stripe. A counter row is locked from the add until its transaction has
-- committed (with durable commits: until the commit is on disk), so with one row per key every concurrent
-- submission from the same commune on the same day waited for the one before it to reach the disk. Readers sum the
-- stripes (every read already sums over days). Existing counters become stripe 0.
--
-- A new table, filled and renamed, rather than a primary key changed in place: the same script runs on H2 and on
-- PostgreSQL, whose syntax for dropping a primary key differs.
CREATE TABLE hw_report_counter_striped (
  unit_key            VARCHAR(200) ${hw_key_collation} NOT NULL,
  local_day           DATE NOT NULL,
  measure             VARCHAR(64) NOT NULL,
  dimension           VARCHAR(64) NOT NULL,
  stripe              SMALLINT NOT NULL,
  counter_value       BIGINT NOT NULL,
  CONSTRAINT hw_report_counter_key PRIMARY KEY (unit_key, local_day, measure, dimension, stripe)
);

INSERT INTO hw_report_counter_striped (unit_key, local_day, measure, dimension, stripe, counter_value)
  SELECT unit_key, local_day, measure, dimension, 0, counter_value FROM hw_report_counter;

DROP TABLE hw_report_counter;

ALTER TABLE hw_report_counter_striped RENAME TO hw_report_counter;
