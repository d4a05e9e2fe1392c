-- Report counters (ReportCounterStore): one number per (unit, local day, measure, dimension), moved by core in the
-- same transaction as the change it counts. Reports read these, never the raw tables.
--
-- The primary key serves every read: a unit's subtree is a prefix of unit_key (COLLATE "C" on PostgreSQL, so a
-- B-tree serves LIKE 'prefix%'), then a range of days. On Citus, a reference table or distributed by unit_key.
CREATE TABLE hw_report_counter (
  unit_key            VARCHAR(200) ${hw_key_collation} NOT NULL,
  local_day           DATE NOT NULL,
  measure             VARCHAR(64) NOT NULL,
  dimension           VARCHAR(64) NOT NULL,
  counter_value       BIGINT NOT NULL,
  PRIMARY KEY (unit_key, local_day, measure, dimension)
);
