-- Report totals for the province scoreboard, kept current in the same transaction as every record write
-- (src/server/reports/report-totals.ts, called from saveRecords), so a dashboard over 2 million records
-- reads a few thousand rows and is never stale. Each live record contributes "facts"; a totals row is the
-- sum of the facts of its key. Days are the record's own Vietnam day (yyyy-mm-dd text), months yyyy-mm.
--
-- Flow facets (dated activity): session, topic, ageBand, targetGroup, language, trainer (sessions),
-- help, helpKind, helper (help activities), criterionMet, assessor (checklist rows "đạt", by assessedOn).
CREATE TABLE report_day_totals (
  commune_id text NOT NULL,
  village_id text NOT NULL,
  day text NOT NULL,
  facet text NOT NULL,
  key text NOT NULL,
  records bigint NOT NULL DEFAULT 0,
  people bigint NOT NULL DEFAULT 0,
  women bigint NOT NULL DEFAULT 0,
  ethnic_minority bigint NOT NULL DEFAULT 0,
  households bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (commune_id, village_id, day, facet, key)
);
CREATE INDEX report_day_totals_day ON report_day_totals (day, facet);

-- The same sums per month: a year is 12 rows per village and facet instead of up to 365.
CREATE TABLE report_month_totals (
  commune_id text NOT NULL,
  village_id text NOT NULL,
  month text NOT NULL,
  facet text NOT NULL,
  key text NOT NULL,
  records bigint NOT NULL DEFAULT 0,
  people bigint NOT NULL DEFAULT 0,
  women bigint NOT NULL DEFAULT 0,
  ethnic_minority bigint NOT NULL DEFAULT 0,
  households bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (commune_id, village_id, month, facet, key)
);
CREATE INDEX report_month_totals_month ON report_month_totals (month, facet);

-- And per year: a year-long period reads one row per village and facet.
CREATE TABLE report_year_totals (
  commune_id text NOT NULL,
  village_id text NOT NULL,
  year text NOT NULL,
  facet text NOT NULL,
  key text NOT NULL,
  records bigint NOT NULL DEFAULT 0,
  people bigint NOT NULL DEFAULT 0,
  women bigint NOT NULL DEFAULT 0,
  ethnic_minority bigint NOT NULL DEFAULT 0,
  households bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (commune_id, village_id, year, facet, key)
);
CREATE INDEX report_year_totals_year ON report_year_totals (year, facet);

-- Current state per village (not dated): count (key = count code, amount = value), activeHelper,
-- criterionMet (key = criteriaVersion|criterionCode).
CREATE TABLE report_village_state (
  commune_id text NOT NULL,
  village_id text NOT NULL,
  facet text NOT NULL,
  key text NOT NULL,
  records bigint NOT NULL DEFAULT 0,
  amount bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (commune_id, village_id, facet, key)
);
CREATE INDEX report_village_state_facet ON report_village_state (facet, key);

-- The full recomputation, written independently of the incremental code in TypeScript: the backfill
-- below, the consistency property test and the benchmark loader all read these two views.
CREATE VIEW report_flow_facts AS
  WITH live AS (
    SELECT tbl, id, commune_id, coalesce(village_id, '') AS village_id, data FROM records WHERE NOT deleted
  ), sessions AS (
    SELECT id, commune_id, village_id, coalesce(data->>'date', '') AS day, data,
           coalesce((data->'attendees'->>'total')::bigint, 0) AS p,
           coalesce((data->'attendees'->>'women')::bigint, 0) AS w,
           coalesce((data->'attendees'->>'ethnicMinority')::bigint, 0) AS e
      FROM live WHERE tbl = 'trainingSessions'
  ), helps AS (
    SELECT id, commune_id, village_id, coalesce(data->>'date', '') AS day, data,
           coalesce((data->>'peopleHelped')::bigint, 0) AS p, coalesce((data->>'householdsHelped')::bigint, 0) AS h
      FROM live WHERE tbl = 'helpActivities'
  ), met AS (
    SELECT commune_id, village_id, coalesce(data->>'assessedOn', '') AS day, data FROM live
     WHERE tbl = 'checklistProgress' AND data->>'status' = 'met'
  )
  SELECT commune_id, village_id, day, 'session' AS facet, '' AS key, 1::bigint AS records, p AS people,
         w AS women, e AS ethnic_minority, 0::bigint AS households FROM sessions
  UNION ALL
  SELECT commune_id, village_id, day, 'topic', t.k, 1, p, w, e, 0 FROM sessions
    CROSS JOIN LATERAL (SELECT DISTINCT x AS k FROM jsonb_array_elements_text(data->'topics') AS x) t
  UNION ALL
  SELECT commune_id, village_id, day, 'trainer', t.k, 1, p, w, e, 0 FROM sessions
    CROSS JOIN LATERAL (SELECT DISTINCT x AS k FROM jsonb_array_elements_text(data->'trainers') AS x) t
  UNION ALL
  SELECT commune_id, village_id, day, 'ageBand', b.key, 1, coalesce(b.value::bigint, 0), 0, 0, 0 FROM sessions
    CROSS JOIN LATERAL jsonb_each_text(data->'attendees'->'ageBands') AS b
  UNION ALL
  SELECT commune_id, village_id, day, 'targetGroup', coalesce(data->>'targetGroup', ''), 1, p, w, e, 0 FROM sessions
  UNION ALL
  SELECT commune_id, village_id, day, 'language', coalesce(data->>'language', ''), 1, p, w, e, 0 FROM sessions
  UNION ALL
  SELECT commune_id, village_id, day, 'help', '', 1, p, 0, 0, h FROM helps
  UNION ALL
  SELECT commune_id, village_id, day, 'helpKind', coalesce(data->>'kind', ''), 1, p, 0, 0, h FROM helps
  UNION ALL
  SELECT commune_id, village_id, day, 'helper', coalesce(data->>'helperId', ''), 1, p, 0, 0, h FROM helps
  UNION ALL
  SELECT commune_id, village_id, day, 'criterionMet', coalesce(data->>'criterionCode', ''), 1, 0, 0, 0, 0 FROM met
  UNION ALL
  SELECT commune_id, village_id, day, 'assessor', coalesce(data->>'assessedBy', ''), 1, 0, 0, 0, 0 FROM met;

CREATE VIEW report_state_facts AS
  SELECT commune_id, coalesce(village_id, '') AS village_id, 'count' AS facet, coalesce(data->>'code', '') AS key,
         1::bigint AS records, coalesce((data->>'value')::bigint, 0) AS amount
    FROM records WHERE NOT deleted AND tbl = 'villageCounts'
  UNION ALL
  SELECT commune_id, coalesce(village_id, ''), 'activeHelper', '', 1, 0
    FROM records WHERE NOT deleted AND tbl = 'banSoHelpers' AND coalesce((data->>'active')::boolean, false)
  UNION ALL
  SELECT commune_id, coalesce(village_id, ''), 'criterionMet',
         coalesce(data->>'criteriaVersion', '') || '|' || coalesce(data->>'criterionCode', ''), 1, 0
    FROM records WHERE NOT deleted AND tbl = 'checklistProgress' AND data->>'status' = 'met';

-- Backfill from the records already on the server.
INSERT INTO report_day_totals (commune_id, village_id, day, facet, key, records, people, women, ethnic_minority, households)
  SELECT commune_id, village_id, day, facet, key, sum(records), sum(people), sum(women), sum(ethnic_minority),
         sum(households)
    FROM report_flow_facts GROUP BY commune_id, village_id, day, facet, key;

INSERT INTO report_month_totals (commune_id, village_id, month, facet, key, records, people, women, ethnic_minority, households)
  SELECT commune_id, village_id, month, facet, key, sum(records), sum(people), sum(women),
         sum(ethnic_minority), sum(households)
    FROM report_day_totals CROSS JOIN LATERAL (SELECT left(day, 7) AS month) m
   GROUP BY commune_id, village_id, month, facet, key;

INSERT INTO report_year_totals (commune_id, village_id, year, facet, key, records, people, women, ethnic_minority, households)
  SELECT commune_id, village_id, left(month, 4), facet, key, sum(records), sum(people), sum(women),
         sum(ethnic_minority), sum(households)
    FROM report_month_totals GROUP BY commune_id, village_id, left(month, 4), facet, key;

INSERT INTO report_village_state (commune_id, village_id, facet, key, records, amount)
  SELECT commune_id, village_id, facet, key, sum(records), sum(amount)
    FROM report_state_facts GROUP BY commune_id, village_id, facet, key;
