// GET /api/v1/admin/overview: per-commune figures computed from the records at request time (never
// stored twice): sessions and attendees, active Người bản số and their help, Thôn số criteria met
// against the current criteria version, and enrolled phones with their latest sync.
import type { FastifyInstance } from 'fastify';
import { ADMIN_API, type CommuneOverview } from '@/protocol/admin-messages';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import { READERS, requireScope } from '@/server/auth/access';
import type { ServerContext } from '@/server/http/server-context';

const FIGURES_SQL = `
  SELECT commune_id,
    count(*) FILTER (WHERE tbl = 'trainingSessions')::float8 AS training_sessions,
    coalesce(sum((data->'attendees'->>'total')::float8) FILTER (WHERE tbl = 'trainingSessions'), 0) AS attendees,
    coalesce(sum((data->'attendees'->>'women')::float8) FILTER (WHERE tbl = 'trainingSessions'), 0) AS women,
    coalesce(sum((data->'attendees'->>'ethnicMinority')::float8) FILTER (WHERE tbl = 'trainingSessions'), 0) AS ethnic_minority,
    count(*) FILTER (WHERE tbl = 'banSoHelpers' AND (data->>'active')::boolean)::float8 AS helpers,
    count(*) FILTER (WHERE tbl = 'helpActivities')::float8 AS help_activities,
    coalesce(sum((data->>'peopleHelped')::float8) FILTER (WHERE tbl = 'helpActivities'), 0) AS people_helped,
    count(*) FILTER (WHERE tbl = 'checklistProgress' AND data->>'status' = 'met'
                       AND data->>'criteriaVersion' = $1)::float8 AS criteria_met
  FROM records WHERE NOT deleted AND ($2::text IS NULL OR commune_id = $2) GROUP BY commune_id`;

const DEVICES_SQL = `
  SELECT commune_id, count(*)::float8 AS devices, max(last_sync_at)::float8 AS last_sync_at
    FROM devices WHERE revoked_at IS NULL AND commune_id IS NOT NULL AND ($1::text IS NULL OR commune_id = $1)
   GROUP BY commune_id`;

interface Figures {
  commune_id: string;
  training_sessions: number;
  attendees: number;
  women: number;
  ethnic_minority: number;
  helpers: number;
  help_activities: number;
  people_helped: number;
  criteria_met: number;
}

export function registerOverviewRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ADMIN_API.overview, { config: { access: { roles: READERS } } }, async (request) => {
    const scope = requireScope(request); // a commune account: its own commune's row only
    const units = await currentCatalog(ctx.db, 'adminUnits');
    const criteria = await currentCatalog(ctx.db, 'criteria');
    const figures = new Map(
      (await ctx.db.query<Figures>(FIGURES_SQL, [criteria?.version ?? '', scope])).map((f) => [
        f.commune_id,
        f,
      ]),
    );
    const devices = new Map(
      (
        await ctx.db.query<{ commune_id: string; devices: number; last_sync_at: number | null }>(
          DEVICES_SQL,
          [scope],
        )
      ).map((d) => [d.commune_id, d]),
    );
    const criteriaCount = criteria?.data.criteria.length ?? 0;
    const inScope = (units?.data.communes ?? []).filter((c) => scope === null || c.id === scope);
    const communes: CommuneOverview[] = inScope.map((c) => {
      const f = figures.get(c.id);
      const d = devices.get(c.id);
      const villages = units?.data.villages.filter((v) => v.communeId === c.id).length ?? 0;
      return {
        communeId: c.id,
        communeName: c.name,
        villages,
        trainingSessions: f?.training_sessions ?? 0,
        attendees: f?.attendees ?? 0,
        women: f?.women ?? 0,
        ethnicMinority: f?.ethnic_minority ?? 0,
        helpers: f?.helpers ?? 0,
        helpActivities: f?.help_activities ?? 0,
        peopleHelped: f?.people_helped ?? 0,
        criteriaMet: f?.criteria_met ?? 0,
        criteriaTotal: villages * criteriaCount,
        devices: d?.devices ?? 0,
        lastSyncAt: d?.last_sync_at ?? null,
      };
    });
    return { communes };
  });
}
