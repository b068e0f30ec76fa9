// The scoreboard's HTTP endpoints: dashboard and contributions for a period, the yearly workbook, the
// open-data export and its data dictionary. Each resolves its commune scope with reportScope first —
// before any query runs — so role and commune rules live in one place.
import type { FastifyInstance } from 'fastify';
import { vietnamDay, yearPeriod, type Period } from '@/domain/periods';
import { contributionsQuerySchema, dashboardQuerySchema, REPORTS_API } from '@/protocol/admin-messages';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { contributions } from './contributions';
import { dashboardFrom, loadScoreboard } from './dashboard';
import { reportScope } from './report-scope';

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
}
