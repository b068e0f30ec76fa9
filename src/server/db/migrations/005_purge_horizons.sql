-- The tombstone purge horizon per scope (commune): the (tx, seq) of the newest purged tombstone of that
-- commune. A phone is reset only when its cursor is behind its own commune's horizon, so a quiet commune
-- is not reset by purges elsewhere (a province device checks the newest of all). The former
-- province-wide horizon carries over as scope '*', which applies to every commune.
CREATE TABLE purge_horizons (
  commune_id text PRIMARY KEY,
  tx xid8 NOT NULL,
  seq bigint NOT NULL
);

INSERT INTO purge_horizons (commune_id, tx, seq)
SELECT '*', split_part(value, '.', 1)::xid8, split_part(value, '.', 2)::bigint
  FROM settings WHERE key = 'purge_horizon';

DELETE FROM settings WHERE key = 'purge_horizon';
