-- A custom range reads its ragged edges (the days before its first whole month and after its last) from
-- the day totals. With the narrow (day, facet) index of migration 004 those rows were fetched from the
-- heap, where a day's rows lie scattered among every other day's: a province range 15/03–20/09 at
-- 2,000,000 records read ~65,000 heap pages (~0.5 GB) for ~57,000 rows. With every column it needs in
-- the index (as migration 010 did for months and years) it reads that day's index pages only.
DROP INDEX report_day_totals_day;
CREATE INDEX report_day_totals_day ON report_day_totals (day, facet, key)
  INCLUDE (commune_id, village_id, records, people, women, ethnic_minority, households);
