// Team members per commune: added, edited, deactivated and reactivated by the province administrator or
// the commune's own official, stored as `teamMembers` records so they reach the commune's phones on their
// next sync. A name already used by an active member of the same commune is answered 409 with the
// look-alikes unless the caller confirms (`allowDuplicate`). Every change is audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fold } from '@/domain/fold';
import { newId } from '@/domain/ids';
import {
  ADMIN_API,
  addTeamMemberRequestSchema,
  editTeamMemberRequestSchema,
} from '@/protocol/admin-messages';
import { MANAGERS, READERS, requireScope } from '@/server/auth/access';
import { audited } from '@/server/auth/audit';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { writeServerRecord } from '@/server/sync/server-writes';

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
type Summary = ReturnType<typeof summary>;

async function assertVillage(ctx: ServerContext, communeId: string, villageId: string | null) {
  const units = await currentCatalog(ctx.db, 'adminUnits');
  if (!units?.data.communes.some((c) => c.id === communeId))
    throw new ApiError(400, 'unknown_commune', 'errors.unknownCode', `communeId: ${communeId}`);
  if (villageId !== null && !units.data.villages.some((v) => v.id === villageId && v.communeId === communeId))
    throw new ApiError(400, 'unknown_village', 'errors.unknownCode', `villageId: ${villageId}`);
}

/** Active members of the commune whose name folds (case, diacritics, spaces) to the same as `name`. */
async function sameName(tx: Queryable, communeId: string, name: string, except: string | null) {
  const rows = await tx.query<MemberRow>(
    `SELECT id, commune_id, data FROM records WHERE tbl = 'teamMembers' AND NOT deleted AND commune_id = $1
        AND (data->>'active')::boolean AND ($2::text IS NULL OR id <> $2)`,
    [communeId, except],
  );
  const key = fold(name).replace(/\s+/g, ' ').trim();
  return rows.filter((r) => fold(r.data.name).replace(/\s+/g, ' ').trim() === key).map(summary);
}

function refuseDuplicate(duplicates: Summary[]): void {
  if (duplicates.length > 0)
    throw new ApiError(409, 'duplicate_name', 'errors.duplicateName', duplicates[0]?.name, { duplicates });
}

async function loadMember(ctx: ServerContext, request: FastifyRequest, id: string): Promise<MemberRow> {
  const [row] = await ctx.db.query<MemberRow>(
    `SELECT id, commune_id, data FROM records WHERE tbl = 'teamMembers' AND id = $1 AND NOT deleted`,
    [id],
  );
  if (!row) throw new ApiError(404, 'not_found', 'errors.notFound', `team member ${id}`);
  requireScope(request, row.commune_id);
  return row;
}

type ById = { Params: { id: string } };

export function registerTeamRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: { communeId?: string } }>(
    ADMIN_API.teamMembers,
    { config: { access: { roles: READERS } } },
    async (request) => {
      const asked = typeof request.query.communeId === 'string' ? request.query.communeId : undefined;
      const communeId = requireScope(request, asked);
      const rows = await ctx.db.query<MemberRow>(
        `SELECT id, commune_id, data FROM records WHERE tbl = 'teamMembers' AND NOT deleted
            AND ($1::text IS NULL OR commune_id = $1) ORDER BY commune_id, data->>'name' LIMIT 5000`,
        [communeId],
      );
      return { members: rows.map(summary) };
    },
  );

  const managers = { config: { access: { roles: MANAGERS } } };

  app.post(ADMIN_API.teamMembers, managers, async (request, reply) => {
    const body = parseBody(addTeamMemberRequestSchema, request.body);
    const communeId = requireScope(request, body.communeId) ?? body.communeId;
    await assertVillage(ctx, communeId, body.villageId);
    const id = newId();
    const patch = { villageId: body.villageId, name: body.name, role: body.role, active: true };
    const created = await audited(ctx, request, 'teamMember.add', async (tx) => {
      if (!body.allowDuplicate) refuseDuplicate(await sameName(tx, communeId, body.name, null));
      await writeServerRecord(tx, 'teamMembers', id, communeId, patch, ctx.now());
      const after = { id, communeId, ...patch };
      return { target: `teamMember:${id}`, communeId, before: null, after, result: after };
    });
    return reply.status(201).send(created);
  });

  app.post<ById>('/api/v1/admin/team-members/:id', managers, async (request) => {
    const body = parseBody(editTeamMemberRequestSchema, request.body);
    const row = await loadMember(ctx, request, request.params.id);
    const { allowDuplicate, ...changes } = body;
    if (changes.villageId !== undefined) await assertVillage(ctx, row.commune_id, changes.villageId);
    return audited(ctx, request, 'teamMember.edit', async (tx) => {
      if (changes.name !== undefined && !allowDuplicate)
        refuseDuplicate(await sameName(tx, row.commune_id, changes.name, row.id));
      const record = await writeServerRecord(tx, 'teamMembers', row.id, row.commune_id, changes, ctx.now());
      const after = summary({
        id: row.id,
        commune_id: row.commune_id,
        data: record as unknown as MemberRow['data'],
      });
      return {
        target: `teamMember:${row.id}`,
        communeId: row.commune_id,
        before: summary(row),
        after,
        result: after,
      };
    });
  });

  const setActive = (active: boolean) => async (request: FastifyRequest<ById>) => {
    const row = await loadMember(ctx, request, request.params.id);
    return audited(ctx, request, active ? 'teamMember.reactivate' : 'teamMember.deactivate', async (tx) => {
      const record = await writeServerRecord(
        tx,
        'teamMembers',
        row.id,
        row.commune_id,
        { active },
        ctx.now(),
      );
      const after = summary({
        id: row.id,
        commune_id: row.commune_id,
        data: record as unknown as MemberRow['data'],
      });
      return {
        target: `teamMember:${row.id}`,
        communeId: row.commune_id,
        before: summary(row),
        after,
        result: after,
      };
    });
  };
  app.post<ById>('/api/v1/admin/team-members/:id/deactivate', managers, setActive(false));
  app.post<ById>('/api/v1/admin/team-members/:id/reactivate', managers, setActive(true));
}
