-- Indexes over live (not deleted) records for the province screens at ~2 million records:
-- per-table, per-commune aggregation for GET /api/v1/admin/overview, and the newest-first pages of one
-- commune's records of one table for GET /api/v1/admin/records (cursor = seq).
CREATE INDEX records_live_tbl_commune ON records (tbl, commune_id) WHERE NOT deleted;
CREATE INDEX records_live_commune_tbl_seq ON records (commune_id, tbl, seq DESC) WHERE NOT deleted;
