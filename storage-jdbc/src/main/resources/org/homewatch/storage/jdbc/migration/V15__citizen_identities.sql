-- Citizens' identities (CitizenIdentityStore, an optional store): one-time codes sent to a phone, and the links a right
-- code makes from a portal's subject to a person. Only a keyed hash of a code is kept (HMAC-SHA-256 with the
-- deployment's secret, salted with the code's id), never the code.
-- Keyed by phone first: the latest code of a phone and the per-phone rate limit read one range of an index,
-- and on Citus the table is distributed by phone (no statement spans phones).
CREATE TABLE hw_link_code (
  phone        VARCHAR(16) ${hw_key_collation} NOT NULL,
  code_id      UUID NOT NULL,
  code_hash    VARCHAR(128) NOT NULL,
  issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts     INTEGER NOT NULL,
  used_at      TIMESTAMP WITH TIME ZONE,
  version      BIGINT NOT NULL,
  CONSTRAINT hw_link_code_pk PRIMARY KEY (phone, code_id)
);
-- Serves CitizenIdentityStore.latestCode and codesIssuedSince: a phone's codes by issue time.
CREATE INDEX hw_link_code_issued_idx ON hw_link_code (phone, issued_at, code_id);

-- One row per subject: the person a portal's login acts as. Keyed by the subject (distributed by it on Citus).
CREATE TABLE hw_citizen_link (
  subject      VARCHAR(128) ${hw_key_collation} NOT NULL,
  person_id    UUID NOT NULL,
  phone        VARCHAR(16) NOT NULL,
  linked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT hw_citizen_link_pk PRIMARY KEY (subject)
);

-- Serves CaseStore.findByHouseholdHead: the members a household head sees in the citizen's views.
CREATE INDEX hw_case_household_head_idx ON hw_case (household_head);
