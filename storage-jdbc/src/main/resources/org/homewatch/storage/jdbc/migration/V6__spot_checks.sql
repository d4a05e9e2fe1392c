-- Spot checks, the first optional store of the storage SPI (SpotCheckStore): one row per request, with its own
-- answer-by deadline fixed when it was asked. Case-scoped like hw_alert: case_id leads the primary key (the Citus
-- distribution column, co-located with hw_case).
CREATE TABLE hw_spot_check (
  case_id        UUID NOT NULL,
  spot_check_id  UUID NOT NULL,
  requested_by   VARCHAR(128) NOT NULL,
  requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  answer_by      TIMESTAMP WITH TIME ZONE NOT NULL,
  state          VARCHAR(16) NOT NULL,
  settled_at     TIMESTAMP WITH TIME ZONE,
  evidence       UUID,
  -- TRUE while the check is REQUESTED, NULL once it is settled. The unique key on (case_id, open_marker) allows
  -- one open check per case, since NULLs never collide, on H2 and PostgreSQL alike (H2 has no partial index),
  -- and it holds case_id, as Citus requires of every unique key. It also serves SpotCheckStore.findOpen.
  open_marker    BOOLEAN,
  version        BIGINT NOT NULL,
  CONSTRAINT hw_spot_check_pk PRIMARY KEY (case_id, spot_check_id),
  CONSTRAINT hw_spot_check_one_open UNIQUE (case_id, open_marker),
  CONSTRAINT hw_spot_check_open_is_true CHECK (open_marker)
);
