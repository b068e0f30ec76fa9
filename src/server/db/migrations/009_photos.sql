-- Photo evidence (issue 8). `photos` lists every photo the province holds, content-addressed by SHA-256:
-- its bytes live on disk under the photo directory (the default) or, for several servers on one
-- PostgreSQL, in `bytes` here. A photo is stored once however often it is uploaded.
CREATE TABLE photos (
  hash text PRIMARY KEY,
  mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/webp')),
  size integer NOT NULL,
  bytes bytea,
  device_id text NOT NULL,
  commune_id text NOT NULL,
  received_at bigint NOT NULL
);

-- Unfinished resumable uploads when the photo store is the database (tus protocol, one row per upload):
-- `data` holds the bytes received so far; a PATCH appends only at `upload_offset`, so two servers can
-- never interleave pieces of one upload.
CREATE TABLE photo_uploads (
  id text PRIMARY KEY,
  size integer,
  upload_offset integer NOT NULL DEFAULT 0,
  metadata jsonb NOT NULL,
  data bytea NOT NULL DEFAULT ''::bytea,
  created_at bigint NOT NULL
);

-- The per-device daily limit counts distinct photos a device started uploading on a (UTC) day, so a
-- retried upload of the same photo never counts twice.
CREATE TABLE photo_device_days (
  device_id text NOT NULL,
  day text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (device_id, day, hash)
);
