-- Web accounts with roles and a commune scope, sessions an administrator can see and end, an audit log of
-- administration, withdrawable enrolment codes, and a rate limiter that counts atomically (issue 7).

-- Roles: admin (province administrator), viewer (province, read-only), commune (one commune). The
-- existing administrator stays an admin; new accounts must change their password at first sign-in.
ALTER TABLE admins ADD COLUMN role text NOT NULL DEFAULT 'admin';
ALTER TABLE admins ADD COLUMN commune_id text;
ALTER TABLE admins ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE admins ADD COLUMN disabled_at bigint;
ALTER TABLE admins ADD COLUMN created_by text;
ALTER TABLE admins ADD CONSTRAINT admins_role CHECK (role IN ('admin', 'viewer', 'commune'));
ALTER TABLE admins ADD CONSTRAINT admins_commune_scope CHECK ((role = 'commune') = (commune_id IS NOT NULL));

-- Sessions get a public id (the token hash stays secret), a start time and the address they began from.
-- Sessions open at migration time are ended: their holders sign in again once.
DELETE FROM admin_sessions;
ALTER TABLE admin_sessions ADD COLUMN id text NOT NULL UNIQUE;
ALTER TABLE admin_sessions ADD COLUMN created_at bigint NOT NULL;
ALTER TABLE admin_sessions ADD COLUMN ip text NOT NULL;
CREATE INDEX admin_sessions_username ON admin_sessions (username);
CREATE INDEX admin_sessions_expires_at ON admin_sessions (expires_at);

-- The rate limiter: one row per key (address or account) with the failures of its current window,
-- reserved by one atomic upsert before the secret is checked, so parallel requests cannot all slip
-- under the limit (the old table was counted, then inserted into). Same name, new shape.
DROP TABLE attempts;
CREATE TABLE attempts (
  key text PRIMARY KEY,
  window_start bigint NOT NULL,
  failures integer NOT NULL
);
CREATE INDEX attempts_window_start ON attempts (window_start);

-- An unused code can be withdrawn; enrolment refuses it from then on.
ALTER TABLE enrolment_codes ADD COLUMN withdrawn_at bigint;
CREATE INDEX enrolment_codes_commune ON enrolment_codes (commune_id, created_at);
CREATE INDEX enrolment_codes_expires_at ON enrolment_codes (expires_at);
CREATE INDEX devices_commune ON devices (commune_id, enrolled_at);
CREATE INDEX rejected_mutations_at ON rejected_mutations (rejected_at);

-- The audit log of administration: who, when, from which address, what, and the state before and after.
-- Written in the same transaction as the change it describes, so neither exists without the other.
CREATE TABLE admin_audit (
  id bigserial PRIMARY KEY,
  at bigint NOT NULL,
  actor text NOT NULL,
  actor_role text NOT NULL,
  ip text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  commune_id text,
  before jsonb,
  after jsonb
);
CREATE INDEX admin_audit_at ON admin_audit (at);
