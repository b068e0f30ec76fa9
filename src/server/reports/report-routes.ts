// The scoreboard's HTTP endpoints: dashboard and contributions for a period, the yearly workbook, the
// open-data export and its data dictionary. Each resolves its commune scope with reportScope first —
// before any query runs — so role and commune rules live in one place.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { vietnamDay, yearPeriod, type Period } from '@/domain/periods';
import { recordTableSchema } from '@/domain/record-tables';
import {
  contributionsQuerySchema,
  dashboardQuerySchema,
  exportQuerySchema,
  REPORTS_API,
  yearReportQuerySchema,
} from '@/protocol/admin-messages';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { contributions } from './contributions';
import { dashboardFrom, loadScoreboard } from './dashboard';
import { dataDictionary } from './data-dictionary';
import { exportCsv, exportJson } from './record-export';
import { reportScope } from './report-scope';
import { writeYearReport } from './year-report';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const notFound = (what: string) => new ApiError(404, 'not_found', 'errors.notFound', what);
const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

/** The period asked for, or the current Vietnam calendar year. */
export const periodOrThisYear = (p: Period | undefined, now: number): Period =>
  p ?? yearPeriod(Number(vietnamDay(now).slice(0, 4)));

export function registerReportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(REPORTS_API.dashboard, async (request) => {
    const q = parseBody(dashboardQuerySchema, request.query);
    const scope = await reportScope(ctx, request, q.communeId);
    const now = ctx.now();
    const board = await loadScoreboard(ctx.db, { scope, period: periodOrThisYear(q.period, now), now });
    return dashboardFrom(board, scope);
  });

  app.get(REPORTS_API.contributions, async (request) => {
    const q = parseBody(contributionsQuerySchema, request.query);
    const scope = await reportScope(ctx, request, q.communeId);
    const period = periodOrThisYear(q.period, ctx.now());
    return { period, by: q.by, rows: await contributions(ctx.db, scope, period, q.by) };
  });

  app.get<{ Params: { file: string } }>('/api/v1/admin/reports/:file', async (request, reply) => {
    const q = parseBody(yearReportQuerySchema, request.query);
    const scope = await reportScope(ctx, request, q.communeId);
    const match = /^(\d{4})\.xlsx$/.exec(request.params.file);
    const year = Number(match?.[1]);
    if (!match || year < 2000 || year > 2100) throw notFound(request.params.file);
    const out = new PassThrough();
    // Streamed: rows leave as they are written, so a province year stays within a few hundred MB.
    writeYearReport({ db: ctx.db, scope, year, now: ctx.now(), out }).catch((err: unknown) => {
      request.log.error({ err }, 'year report failed');
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    });
    const name = `bao-cao-${year}${scope.communeId ? `-${fileSafe(scope.communeId)}` : ''}.xlsx`;
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(out);
  });

  app.get<{ Params: { file: string } }>('/api/v1/admin/export/:file', async (request, reply) => {
    if (request.params.file === 'dictionary.json') {
      await reportScope(ctx, request, undefined);
      return dataDictionary();
    }
    const match = /^([A-Za-z]+)\.(csv|json)$/.exec(request.params.file);
    const table = recordTableSchema.safeParse(match?.[1]);
    if (!match || !table.success) throw notFound(request.params.file);
    const q = parseBody(exportQuerySchema, request.query);
    const scope = await reportScope(ctx, request, q.communeId);
    const req = { table: table.data, from: q.from, to: q.to, scope };
    const name = `${table.data}-${q.from}-${q.to}${scope.communeId ? `-${fileSafe(scope.communeId)}` : ''}`;
    if (match[2] === 'csv')
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(await exportCsv(ctx.db, req));
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}.json"`)
      .send(await exportJson(ctx.db, req));
  });
}
