-- The province server's schema, the same on PGlite and PostgreSQL.
-- Times are epoch milliseconds (bigint), so both drivers and every client read them the same way.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE admins (
  username text PRIMARY KEY,
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE admin_sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES admins (username),
  expires_at bigint NOT NULL
);

-- Failed enrolment and sign-in attempts per client address, for rate limiting across server instances.
CREATE TABLE attempts (
  key text NOT NULL,
  at bigint NOT NULL
);
CREATE INDEX attempts_key_at ON attempts (key, at);

CREATE TABLE catalogs (
  kind text NOT NULL,
  version text NOT NULL,
  published_seq bigserial NOT NULL,
  published_at text NOT NULL,
  sample boolean NOT NULL,
  source text NOT NULL,
  data jsonb NOT NULL,
  digest text NOT NULL, -- SHA-256 of the published JSON: the key of the in-process parse cache
  PRIMARY KEY (kind, version)
);

CREATE TABLE enrolment_codes (
  code text PRIMARY KEY,
  commune_id text,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  used_at bigint,
  device_id text
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  name text NOT NULL,
  commune_id text,
  token_hash text NOT NULL UNIQUE,
  enrolled_at bigint NOT NULL,
  last_sync_at bigint,
  last_applied_seq bigint NOT NULL DEFAULT 0,
  revoked_at bigint
);

-- One change sequence for records and audit entries: the pull cursor is (tx, seq) over both.
CREATE SEQUENCE change_seq;

-- Every synced record, one row per (table, id). `tx` is the writing transaction's id and `seq` the
-- change number: a pull serves only rows whose tx is below the oldest running transaction, in
-- (tx, seq) order, so a transaction that commits late can never be skipped (DESIGN invariant 4).
CREATE TABLE records (
  tbl text NOT NULL,
  id text NOT NULL,
  commune_id text NOT NULL,
  village_id text,
  deleted boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL,
  updated_at bigint NOT NULL,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'),
  PRIMARY KEY (tbl, id)
);
CREATE INDEX records_tx_seq ON records (tx, seq);
CREATE INDEX records_commune_tx_seq ON records (commune_id, tx, seq);
CREATE INDEX records_commune_tbl ON records (commune_id, tbl);

-- The audit trail of overwritten values (DESIGN invariant 6), pulled by the record's commune.
CREATE TABLE overwrites (
  id bigint PRIMARY KEY DEFAULT nextval('change_seq'),
  tbl text NOT NULL,
  record_id text NOT NULL,
  commune_id text NOT NULL,
  field text NOT NULL,
  lost_value jsonb,
  lost_clock text NOT NULL,
  lost_author text,
  won_value jsonb,
  won_clock text NOT NULL,
  won_author text,
  device_id text,
  at bigint NOT NULL,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq')
);
CREATE INDEX overwrites_tx_seq ON overwrites (tx, seq);
CREATE INDEX overwrites_commune_tx_seq ON overwrites (commune_id, tx, seq);
CREATE INDEX overwrites_record ON overwrites (tbl, record_id);
