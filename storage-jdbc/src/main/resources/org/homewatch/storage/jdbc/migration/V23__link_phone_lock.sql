-- The lock CitizenIdentityStore.lockPhone takes (SELECT ... FOR UPDATE on the phone's row), so that two nodes issuing
-- one-time codes to one phone at the same moment take turns and the hourly limit holds across nodes. One row per
-- phone that still has a code; it goes with the phone's codes (retention). Keyed, and on Citus distributed, by phone
-- as hw_link_code is.
CREATE TABLE hw_link_phone (
  phone        VARCHAR(16) ${hw_key_collation} NOT NULL,
  CONSTRAINT hw_link_phone_pk PRIMARY KEY (phone)
);
