-- Covering indexes for the scoreboard's reads of the report totals (migration 004): a year's dashboard
-- reads ~12,000 year rows spread over ~1,700 heap pages; with every column it needs in the index it reads
-- ~190 index pages instead (an index-only scan wherever autovacuum has marked the pages all-visible, which
-- is every page of a past year and most of the current one). They replace the narrower (time, facet) indexes.
DROP INDEX report_year_totals_year;
CREATE INDEX report_year_totals_year ON report_year_totals (year, facet, key)
  INCLUDE (commune_id, village_id, records, people, women, ethnic_minority, households);
DROP INDEX report_month_totals_month;
CREATE INDEX report_month_totals_month ON report_month_totals (month, facet, key)
  INCLUDE (commune_id, village_id, records, people, women, ethnic_minority, households);
DROP INDEX report_village_state_facet;
CREATE INDEX report_village_state_facet ON report_village_state (facet, key)
  INCLUDE (commune_id, village_id, records, amount);
