-- The province's decisions on Thôn số proposals, written in the same transaction as the decision itself
-- (the proposal record in `records`): who decided, when, from which address, and the record before and
-- after. Kept for ever; the proposal record carries the decision to the commune's phones.
CREATE TABLE recognition_decisions (
  id bigserial PRIMARY KEY,
  recognition_id text NOT NULL,
  commune_id text NOT NULL,
  village_id text NOT NULL,
  decision text NOT NULL CHECK (decision IN ('confirmed', 'returned')),
  reason text NOT NULL DEFAULT '',
  actor text NOT NULL,
  address text,
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  at bigint NOT NULL
);
CREATE INDEX recognition_decisions_recognition ON recognition_decisions (recognition_id, id);
-- The province's list of proposals (pending first) reads live recognitions by commune.
CREATE INDEX records_live_recognitions ON records (commune_id, village_id) WHERE tbl = 'recognitions' AND NOT deleted;
