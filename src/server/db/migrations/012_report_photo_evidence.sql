-- Photo evidence in the report totals ("có minh chứng ảnh"): a training session, a help activity or a
-- criterion "đạt" that names at least one photo adds one record to the flow facet `evidence` (key session,
-- help or criterion) on its own day. The recomputation view of migration 004 gains the same rows, and the
-- totals of the records already on the server are backfilled from it.
CREATE OR REPLACE VIEW report_flow_facts AS
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
  SELECT commune_id, village_id, day, 'assessor', coalesce(data->>'assessedBy', ''), 1, 0, 0, 0, 0 FROM met
  UNION ALL
  SELECT commune_id, village_id, day, 'evidence', 'session', 1, 0, 0, 0, 0 FROM sessions
   WHERE jsonb_typeof(data->'photos') = 'array' AND jsonb_array_length(data->'photos') > 0
  UNION ALL
  SELECT commune_id, village_id, day, 'evidence', 'help', 1, 0, 0, 0, 0 FROM helps
   WHERE jsonb_typeof(data->'photos') = 'array' AND jsonb_array_length(data->'photos') > 0
  UNION ALL
  SELECT commune_id, village_id, day, 'evidence', 'criterion', 1, 0, 0, 0, 0 FROM met
   WHERE jsonb_typeof(data->'photos') = 'array' AND jsonb_array_length(data->'photos') > 0;

INSERT INTO report_day_totals (commune_id, village_id, day, facet, key, records)
  SELECT commune_id, village_id, day, facet, key, sum(records) FROM report_flow_facts
   WHERE facet = 'evidence' GROUP BY commune_id, village_id, day, facet, key;
INSERT INTO report_month_totals (commune_id, village_id, month, facet, key, records)
  SELECT commune_id, village_id, left(day, 7), facet, key, sum(records) FROM report_day_totals
   WHERE facet = 'evidence' GROUP BY commune_id, village_id, left(day, 7), facet, key;
INSERT INTO report_year_totals (commune_id, village_id, year, facet, key, records)
  SELECT commune_id, village_id, left(month, 4), facet, key, sum(records) FROM report_month_totals
   WHERE facet = 'evidence' GROUP BY commune_id, village_id, left(month, 4), facet, key;
