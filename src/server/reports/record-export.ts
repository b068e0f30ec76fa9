// The open-data export: the live records of one table whose period date falls in [from, to] (Vietnam
// days), as CSV (UTF-8 with BOM, so Excel reads the diacritics) or JSON, streamed page by page in id order
// so 2 million records never sit in memory. No sync metadata (clocks, authors per field) leaves here.
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { vietnamDayStartMs, addDays } from '@/domain/periods';
import type { RecordTable } from '@/domain/record-tables';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { harmlessCell } from '@/domain/spreadsheet-cells';
import { EXPORT_COLUMNS, PERIOD_FIELD } from './data-dictionary';
import type { ReportScope } from './report-scope';

const PAGE = 2000;

interface Row {
  id: string;
  commune_id: string;
  village_id: string | null;
  data: Record<string, unknown>;
  updated_at: number;
}

export interface ExportRequest {
  table: RecordTable;
  from: string;
  to: string;
  scope: ReportScope;
}

/** Pages of live records in the period, in id order (keyset on the (tbl, id) primary key). */
async function* pages(db: Queryable, q: ExportRequest): AsyncGenerator<Row[]> {
  const dated = PERIOD_FIELD[q.table] !== 'serverUpdatedAt';
  // Dated tables by their own Vietnam day; undated ones by the server's last change, in Vietnam days.
  const periodFilter = dated
    ? `data->>'${PERIOD_FIELD[q.table]}' BETWEEN $3::text AND $4::text`
    : `updated_at >= $3::bigint AND updated_at < $4::bigint`;
  const bounds = dated ? [q.from, q.to] : [vietnamDayStartMs(q.from), vietnamDayStartMs(addDays(q.to, 1))];
  let after = '';
  for (;;) {
    const rows = await db.query<Row>(
      `SELECT id, commune_id, village_id, data, updated_at::float8 AS updated_at FROM records
        WHERE tbl = $1 AND id > $2 AND NOT deleted AND ${periodFilter}
          AND ($5::text IS NULL OR commune_id = $5)
        ORDER BY id LIMIT ${PAGE}`,
      [q.table, after, ...bounds, q.scope.communeId],
    );
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

async function unitNames(db: Queryable) {
  const units = await currentCatalog(db, 'adminUnits');
  return {
    commune: new Map((units?.data.communes ?? []).map((c) => [c.id, c.name])),
    village: new Map((units?.data.villages ?? []).map((v) => [v.id, v.name])),
  };
}

function withServerTime(r: Row): Record<string, unknown> {
  return { ...r.data, serverUpdatedAt: new Date(r.updated_at).toISOString() };
}

export async function exportCsv(db: Queryable, q: ExportRequest): Promise<Readable> {
  const names = await unitNames(db);
  const columns = EXPORT_COLUMNS[q.table];
  async function* csv() {
    yield '\uFEFF' + Papa.unparse([columns.map((c) => c.name)]) + '\r\n';
    for await (const rows of pages(db, q)) {
      const cells = rows.map((r) => {
        const record = withServerTime(r);
        const n = {
          commune: names.commune.get(r.commune_id) ?? '',
          village: names.village.get(r.village_id ?? '') ?? '',
        };
        return columns.map((c) => {
          const v = c.get(record, n);
          return typeof v === 'string' ? harmlessCell(v) : v;
        });
      });
      yield Papa.unparse(cells) + '\r\n';
    }
  }
  return Readable.from(csv());
}

const SYNC_METADATA = new Set(['fieldClocks', 'fieldAuthors', 'schemaVersion', 'updatedAt', 'deleted']);

export async function exportJson(db: Queryable, q: ExportRequest): Promise<Readable> {
  const names = await unitNames(db);
  async function* json() {
    yield `{"table":${JSON.stringify(q.table)},"from":"${q.from}","to":"${q.to}","communeId":${JSON.stringify(q.scope.communeId)},"records":[`;
    let first = true;
    for await (const rows of pages(db, q)) {
      const parts = rows.map((r) => {
        const record: Record<string, unknown> = {
          communeName: names.commune.get(r.commune_id) ?? '',
          ...(r.village_id ? { villageName: names.village.get(r.village_id) ?? '' } : {}),
        };
        for (const [k, v] of Object.entries(withServerTime(r))) if (!SYNC_METADATA.has(k)) record[k] = v;
        return JSON.stringify(record);
      });
      yield (first ? '' : ',') + parts.join(',');
      first = false;
    }
    yield ']}';
  }
  return Readable.from(json());
}
