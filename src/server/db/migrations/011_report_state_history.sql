-- Village state as it was on each day it was counted or assessed, so a past period (the previous year, a
-- yearly report made later) reads the counts and criteria of its own time, not today's. One row per
-- (village, count code or criteriaVersion|criterionCode, day counted/assessed) holding the value last saved
-- for that day: for a count, amount = its value; for a criterion, records = 1 when "đạt", else 0. Written
-- in the same transaction as the record (src/server/reports/report-totals.ts); a deleted record takes its
-- history with it. "As of day D" = each key's row with the latest day ≤ D.
CREATE TABLE report_state_history (
  commune_id text NOT NULL,
  village_id text NOT NULL,
  facet text NOT NULL,
  key text NOT NULL,
  on_day text NOT NULL,
  records bigint NOT NULL DEFAULT 0,
  amount bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (commune_id, village_id, facet, key, on_day)
);
CREATE INDEX report_state_history_key ON report_state_history (facet, key, village_id, on_day DESC)
  INCLUDE (commune_id, records, amount);

-- Each live record's current history row, recomputed from scratch: each key's latest stored row must equal
-- it (the property test holds the two to each other), and the backfill below starts the history from it.
CREATE VIEW report_history_facts AS
  SELECT commune_id, coalesce(village_id, '') AS village_id, 'count' AS facet, coalesce(data->>'code', '') AS key,
         data->>'countedOn' AS on_day, 1::bigint AS records, coalesce((data->>'value')::bigint, 0) AS amount
    FROM records WHERE NOT deleted AND tbl = 'villageCounts' AND coalesce(data->>'countedOn', '') <> ''
  UNION ALL
  SELECT commune_id, coalesce(village_id, ''), 'criterionMet',
         coalesce(data->>'criteriaVersion', '') || '|' || coalesce(data->>'criterionCode', ''), data->>'assessedOn',
         CASE WHEN data->>'status' = 'met' THEN 1 ELSE 0 END, 0
    FROM records WHERE NOT deleted AND tbl = 'checklistProgress' AND coalesce(data->>'assessedOn', '') <> '';

INSERT INTO report_state_history (commune_id, village_id, facet, key, on_day, records, amount)
  SELECT commune_id, village_id, facet, key, on_day, records, amount FROM report_history_facts
  ON CONFLICT DO NOTHING;
