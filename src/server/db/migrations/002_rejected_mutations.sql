-- Rejected mutations, remembered per device: when the answer carrying a rejection is lost and the phone
-- retries, the server repeats the rejection instead of answering "duplicate" (which the phone would
-- take as saved, silently dropping the user's change — DESIGN invariant 3).
CREATE TABLE rejected_mutations (
  device_id text NOT NULL REFERENCES devices (id),
  seq bigint NOT NULL,
  reason text NOT NULL,
  detail text,
  rejected_at bigint NOT NULL,
  PRIMARY KEY (device_id, seq)
);
