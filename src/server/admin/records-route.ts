// GET /api/v1/admin/records: the records behind one figure — one commune's live records of one table
// (active Người bản số only; Thôn số criteria met against the current version), optionally of one village
// and dated within [from, to], newest change first, paged by `seq` through the partial index of migration 003.
import type { FastifyInstance } from 'fastify';
import {
  ADMIN_API,
  adminRecordsQuerySchema,
  type AdminRecordItem,
  type DrillDownTable,
} from '@/protocol/admin-messages';
import { photosOf } from '@/domain/photo';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import { READERS, requireScope } from '@/server/auth/access';
import type { ServerContext } from '@/server/http/server-context';

export const RECORDS_SQL = `
  SELECT id, village_id, data, updated_at::float8 AS updated_at, seq::text AS cursor FROM records
   WHERE commune_id = $1 AND tbl = $2 AND NOT deleted AND ($3::bigint IS NULL OR seq < $3::bigint)
     AND ($2 <> 'banSoHelpers' OR (data->>'active')::boolean)
     AND ($2 <> 'checklistProgress' OR (data->>'status' = 'met' AND data->>'criteriaVersion' = $4))
     AND ($6::text IS NULL OR village_id = $6)
     AND ($7::text IS NULL OR coalesce(data->>'date', data->>'assessedOn') BETWEEN $7 AND $8)
   ORDER BY records.seq DESC LIMIT $5`;

interface Row {
  id: string;
  village_id: string | null;
  data: Record<string, unknown>;
  updated_at: number;
  cursor: string;
}
type Scalar = string | number | boolean | null;
const scalar = (v: unknown): Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;

/** The key fields each table shows in a drill-down row. */
function keyFields(table: DrillDownTable, d: Record<string, unknown>): Record<string, Scalar> {
  const attendees = (d.attendees ?? {}) as Record<string, unknown>;
  switch (table) {
    case 'trainingSessions':
      return { place: scalar(d.place), attendees: scalar(attendees.total), women: scalar(attendees.women) };
    case 'helpActivities':
      return {
        kind: scalar(d.kind),
        peopleHelped: scalar(d.peopleHelped),
        householdsHelped: scalar(d.householdsHelped),
      };
    case 'banSoHelpers':
      return { name: scalar(d.name) };
    case 'checklistProgress':
      return { criterionCode: scalar(d.criterionCode), status: scalar(d.status) };
  }
}
const dateOf = (d: Record<string, unknown>): string | null => scalar(d.date ?? d.assessedOn) as string | null;

export function registerRecordsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ADMIN_API.records, { config: { access: { roles: READERS } } }, async (request) => {
    const q = parseBody(adminRecordsQuerySchema, request.query);
    requireScope(request, q.communeId);
    if ((q.from === undefined) !== (q.to === undefined) || (q.from ?? '') > (q.to ?? ''))
      throw new ApiError(400, 'bad_request', 'errors.period', 'from and to: both or neither, from ≤ to');
    const units = await currentCatalog(ctx.db, 'adminUnits');
    if (!units?.data.communes.some((c) => c.id === q.communeId))
      throw new ApiError(400, 'unknown_commune', 'errors.unknownCode', `communeId: ${q.communeId}`);
    const criteria = await currentCatalog(ctx.db, 'criteria');
    const rows = await ctx.db.query<Row>(RECORDS_SQL, [
      q.communeId,
      q.table,
      q.after ?? null,
      criteria?.version ?? '',
      q.limit + 1,
      q.villageId ?? null,
      q.from ?? null,
      q.to ?? null,
    ]);
    const villages = new Map(units.data.villages.map((v) => [v.id, v.name]));
    const page = rows.slice(0, q.limit);
    const records: AdminRecordItem[] = page.map((r) => ({
      id: r.id,
      villageId: r.village_id,
      villageName: r.village_id ? (villages.get(r.village_id) ?? null) : null,
      date: dateOf(r.data),
      updatedAt: Number(r.updated_at),
      fields: keyFields(q.table, r.data),
      ...(photosOf(r.data).length > 0 ? { photos: photosOf(r.data) } : {}),
    }));
    return { records, next: rows.length > q.limit ? (page.at(-1)?.cursor ?? null) : null };
  });
}
