-- Homewatch storage schema, version 1. Runs unchanged on PostgreSQL 15+ (and Citus) and on H2 2.x.
--
-- Placeholders (set by JdbcStorage; an integrator running this with their own Flyway sets them too):
--   ${hw_key_collation}  COLLATE "C" on PostgreSQL, empty on H2. Jurisdiction keys and account ids are matched
--                        by prefix and ordered; "C" makes PostgreSQL compare them byte by byte, as Java and H2
--                        do, whatever the database's locale, and lets a plain B-tree serve LIKE 'prefix%'.
--
-- Every table is prefixed hw_ so that it can live beside the portal's own tables.
--
-- Citus: case-scoped tables (hw_case, hw_declaration, hw_alert) carry case_id in their primary key and are
-- distributed by case_id, co-located. hw_jurisdiction and hw_account are reference tables. hw_outbox,
-- hw_feedback and hw_audit_event are keyed by their own id (distributed by it, or kept on the coordinator).
-- Instants are TIMESTAMP WITH TIME ZONE (microsecond precision on both databases).

-- Reference table: the administrative units a deployment knows.
CREATE TABLE hw_jurisdiction (
  path_key    VARCHAR(200) ${hw_key_collation} NOT NULL,
  scheme      VARCHAR(16) NOT NULL,
  code        VARCHAR(16) ${hw_key_collation} NOT NULL,
  unit_level  VARCHAR(16) NOT NULL,
  parent_key  VARCHAR(200) ${hw_key_collation},
  name        VARCHAR(200) NOT NULL,
  CONSTRAINT hw_jurisdiction_pk PRIMARY KEY (path_key)
);
-- Serves JurisdictionStore.children: the units directly below a parent, ordered by code.
CREATE INDEX hw_jurisdiction_children_idx ON hw_jurisdiction (parent_key, code);

-- Reference table: staff accounts.
CREATE TABLE hw_account (
  account_id      VARCHAR(128) ${hw_key_collation} NOT NULL,
  display_name    VARCHAR NOT NULL,
  roles           VARCHAR(200) NOT NULL,
  scope_key       VARCHAR(200) ${hw_key_collation} NOT NULL,
  contact_points  VARCHAR NOT NULL,
  on_duty         BOOLEAN NOT NULL,
  active          BOOLEAN NOT NULL,
  version         BIGINT NOT NULL,
  CONSTRAINT hw_account_pk PRIMARY KEY (account_id)
);
-- Serves AccountStore.onDutyAt (alert routing): active, on-duty staff of exactly one unit, ordered by id.
CREATE INDEX hw_account_on_duty_idx ON hw_account (scope_key, active, on_duty, account_id);

-- Case-scoped: isolation cases. The person is kept as JSON; the fields that queries filter on are columns.
CREATE TABLE hw_case (
  case_id             UUID NOT NULL,
  unit_key            VARCHAR(200) ${hw_key_collation} NOT NULL,
  status              VARCHAR(16) NOT NULL,
  category            VARCHAR(16) NOT NULL,
  person_id           UUID NOT NULL,
  national_id         VARCHAR(12),
  phone               VARCHAR(16) NOT NULL,
  person              VARCHAR NOT NULL,
  decision_number     VARCHAR(64) NOT NULL,
  decision_issuer     VARCHAR(200) NOT NULL,
  decision_issued_on  DATE NOT NULL,
  period_start        DATE NOT NULL,
  planned_end         DATE NOT NULL,
  actual_end          DATE,
  risk_factors        VARCHAR(200) NOT NULL,
  zone_id             VARCHAR(64) NOT NULL,
  schedule_id         VARCHAR,
  household_head      UUID,
  previous_case       UUID,
  last_declared_at    TIMESTAMP WITH TIME ZONE,
  latest_severity     VARCHAR(16) NOT NULL,
  latest_severity_rank SMALLINT NOT NULL,
  worst_severity      VARCHAR(16) NOT NULL,
  declaration_count   BIGINT NOT NULL,
  history             VARCHAR NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT NOT NULL,
  CONSTRAINT hw_case_pk PRIMARY KEY (case_id)
);
-- Serves the missed-declaration sweep and reminders: the ACTIVE cases walked in case-id order (keyset), so a
-- sweep batch reads only the cases being monitored, however many closed cases pile up.
CREATE INDEX hw_case_sweep_idx ON hw_case (status, case_id);
-- Serves the line lists: cases of a unit's subtree (prefix match on unit_key), by status, paged by case id.
CREATE INDEX hw_case_line_list_idx ON hw_case (unit_key, status, case_id);
-- Serve duplicate detection at registration (CaseStore.findByNationalId / findByPhone).
CREATE INDEX hw_case_national_id_idx ON hw_case (national_id);
CREATE INDEX hw_case_phone_idx ON hw_case (phone);

-- Case-scoped: declarations with their assessment, one row each. The client-generated declaration id is unique
-- within its case: the primary key is what makes a retried submission idempotent.
CREATE TABLE hw_declaration (
  case_id             UUID NOT NULL,
  declaration_id      UUID NOT NULL,
  observed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  submitter_kind      VARCHAR(16) NOT NULL,
  submitter_account   VARCHAR(128) NOT NULL,
  temperature_celsius DOUBLE PRECISION,
  spo2_percent        INTEGER,
  respiratory_rate    INTEGER,
  pulse               INTEGER,
  systolic_mmhg       INTEGER,
  diastolic_mmhg      INTEGER,
  symptoms            VARCHAR NOT NULL,
  note                VARCHAR(2000),
  latitude            DOUBLE PRECISION,
  longitude           DOUBLE PRECISION,
  accuracy_meters     DOUBLE PRECISION,
  presence_result     VARCHAR(16),
  presence_verifier   VARCHAR,
  presence_reference  VARCHAR,
  severity            VARCHAR(16) NOT NULL,
  findings            VARCHAR NOT NULL,
  rule_set_id         VARCHAR NOT NULL,
  rule_set_version    INTEGER NOT NULL,
  assessed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT hw_declaration_pk PRIMARY KEY (case_id, declaration_id)
);
-- Serves a case's history (trend rules, compliance: observed_at in a range) and its newest-first list.
CREATE INDEX hw_declaration_observed_idx ON hw_declaration (case_id, observed_at, declaration_id);

-- Case-scoped: alerts. queue_rank orders the queue worst first (0 = EMERGENCY ... 3 = NORMAL) in ascending
-- order, so that one row-value comparison pages it.
CREATE TABLE hw_alert (
  case_id             UUID NOT NULL,
  alert_id            UUID NOT NULL,
  kind                VARCHAR(32) NOT NULL,
  severity            VARCHAR(16) NOT NULL,
  queue_rank          SMALLINT NOT NULL,
  status              VARCHAR(16) NOT NULL,
  unit_key            VARCHAR(200) ${hw_key_collation} NOT NULL,
  escalation_level    INTEGER NOT NULL,
  opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  acknowledge_by      TIMESTAMP WITH TIME ZONE NOT NULL,
  trigger_declaration UUID,
  summary             VARCHAR NOT NULL,
  handled_by          VARCHAR(128),
  outcome             VARCHAR(32),
  history             VARCHAR NOT NULL,
  version             BIGINT NOT NULL,
  CONSTRAINT hw_alert_pk PRIMARY KEY (case_id, alert_id)
);
-- Serves AlertStore.find by alert id alone (the portal links to an alert without its case).
CREATE INDEX hw_alert_id_idx ON hw_alert (alert_id);
-- Serves the alert queue: alerts of a unit's subtree (prefix on unit_key) with a status, worst first, then oldest,
-- then by id.
CREATE INDEX hw_alert_queue_idx ON hw_alert (unit_key, status, queue_rank, opened_at, alert_id);
-- Serves escalation: OPEN alerts whose acknowledge-by deadline passed, earliest first.
CREATE INDEX hw_alert_escalation_idx ON hw_alert (status, acknowledge_by, alert_id);
-- Serves AlertStore.findActive / listForCase within a case.
CREATE INDEX hw_alert_case_idx ON hw_alert (case_id, kind, status);

-- The notification outbox, written in the transaction of the event and leased by dispatchers.
CREATE TABLE hw_outbox (
  message_id          UUID NOT NULL,
  idempotency_key     VARCHAR NOT NULL,
  channel             VARCHAR(32) NOT NULL,
  address             VARCHAR(512) NOT NULL,
  template_key        VARCHAR NOT NULL,
  locale              VARCHAR NOT NULL,
  parameters          VARCHAR NOT NULL,
  message_text        VARCHAR NOT NULL,
  status              VARCHAR(16) NOT NULL,
  attempts            INTEGER NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  lease_owner         VARCHAR,
  lease_until         TIMESTAMP WITH TIME ZONE,
  last_error          VARCHAR,
  CONSTRAINT hw_outbox_pk PRIMARY KEY (message_id)
);
-- Serves outbox dispatch: PENDING messages that are due, oldest due first.
CREATE INDEX hw_outbox_due_idx ON hw_outbox (status, next_attempt_at, message_id);

-- Citizens' feedback (phản ánh); scoped by the unit it concerns, not always tied to a case.
CREATE TABLE hw_feedback (
  feedback_id         UUID NOT NULL,
  case_id             UUID,
  unit_key            VARCHAR(200) ${hw_key_collation} NOT NULL,
  from_account        VARCHAR(128) NOT NULL,
  topic               VARCHAR(32) NOT NULL,
  feedback_text       VARCHAR(4000) NOT NULL,
  status              VARCHAR(16) NOT NULL,
  replies             VARCHAR NOT NULL,
  submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT NOT NULL,
  CONSTRAINT hw_feedback_pk PRIMARY KEY (feedback_id)
);
-- Serves the feedback list of a unit's subtree by status, oldest first.
CREATE INDEX hw_feedback_list_idx ON hw_feedback (unit_key, status, submitted_at, feedback_id);

-- The append-only audit trail.
CREATE TABLE hw_audit_event (
  event_id            UUID NOT NULL,
  occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  actor               VARCHAR(128) NOT NULL,
  action              VARCHAR NOT NULL,
  target_type         VARCHAR NOT NULL,
  target_id           VARCHAR NOT NULL,
  unit_key            VARCHAR(200) ${hw_key_collation} NOT NULL,
  details             VARCHAR NOT NULL,
  CONSTRAINT hw_audit_event_pk PRIMARY KEY (event_id)
);
-- Serves the audit list of a unit's subtree since an instant, oldest first.
CREATE INDEX hw_audit_event_list_idx ON hw_audit_event (unit_key, occurred_at, event_id);
