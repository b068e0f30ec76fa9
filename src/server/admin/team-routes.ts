// Team members per commune: created and deactivated by the province administrator, stored as
// `teamMembers` records so they reach the commune's phones on their next sync.
import type { FastifyInstance } from 'fastify';
import { newId } from '@/domain/ids';
import { ADMIN_API, createTeamMemberRequestSchema } from '@/protocol/admin-messages';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { writeServerRecord } from '@/server/sync/server-writes';
import { requireAdmin } from './admin-session';

interface MemberRow {
  id: string;
  commune_id: string;
  data: { villageId: string | null; name: string; role: 'leader' | 'member' | 'official'; active: boolean };
}
const summary = (r: MemberRow) => ({
  id: r.id,
  communeId: r.commune_id,
  villageId: r.data.villageId,
  name: r.data.name,
  role: r.data.role,
  active: r.data.active,
});

export function registerTeamRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: { communeId?: string } }>(ADMIN_API.teamMembers, async (request) => {
    await requireAdmin(ctx, request);
    const communeId = typeof request.query.communeId === 'string' ? request.query.communeId : null;
    const rows = await ctx.db.query<MemberRow>(
      `SELECT id, commune_id, data FROM records WHERE tbl = 'teamMembers' AND NOT deleted
          AND ($1::text IS NULL OR commune_id = $1) ORDER BY commune_id, data->>'name' LIMIT 5000`,
      [communeId],
    );
    return { members: rows.map(summary) };
  });

  app.post(ADMIN_API.teamMembers, async (request, reply) => {
    await requireAdmin(ctx, request);
    const body = parseBody(createTeamMemberRequestSchema, request.body);
    const units = await currentCatalog(ctx.db, 'adminUnits');
    if (!units?.data.communes.some((c) => c.id === body.communeId))
      throw new ApiError(400, 'unknown_commune', 'errors.unknownCode', `communeId: ${body.communeId}`);
    if (
      body.villageId !== null &&
      !units.data.villages.some((v) => v.id === body.villageId && v.communeId === body.communeId)
    )
      throw new ApiError(400, 'unknown_village', 'errors.unknownCode', `villageId: ${body.villageId}`);
    const id = newId();
    const patch = { villageId: body.villageId, name: body.name, role: body.role, active: true };
    await ctx.db.transaction((tx) =>
      writeServerRecord(tx, 'teamMembers', id, body.communeId, patch, ctx.now()),
    );
    return reply.status(201).send({ id, communeId: body.communeId, ...patch });
  });

  app.post<{ Params: { id: string } }>('/api/v1/admin/team-members/:id/deactivate', async (request) => {
    await requireAdmin(ctx, request);
    const [row] = await ctx.db.query<MemberRow>(
      `SELECT id, commune_id, data FROM records WHERE tbl = 'teamMembers' AND id = $1 AND NOT deleted`,
      [request.params.id],
    );
    if (!row) throw new ApiError(404, 'not_found', 'errors.notFound', `team member ${request.params.id}`);
    const record = await ctx.db.transaction((tx) =>
      writeServerRecord(tx, 'teamMembers', row.id, row.commune_id, { active: false }, ctx.now()),
    );
    return summary({ id: row.id, commune_id: row.commune_id, data: record as unknown as MemberRow['data'] });
  });
}
