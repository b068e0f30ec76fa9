// GET /api/v1/admin/recognitions and POST /api/v1/admin/recognitions/:id/decision: the Thôn số proposals
// communes synced, and the province's decision. The decision is written to the proposal record (so it
// reaches the commune's phones on their next pull) and to the decision audit in ONE transaction, under
// the record's lock, and only while the proposal is still pending.
import type { FastifyInstance } from 'fastify';
import type { SyncedRecord } from '@/domain/merge';
import {
  RECOGNITION_API,
  decideRequestSchema,
  recognitionListQuerySchema,
} from '@/protocol/recognition-messages';
import { READERS } from '@/server/auth/access';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { lockAndLoad, recordKey } from '@/server/sync/record-store';
import { writeServerRecord } from '@/server/sync/server-writes';
import { describeRecognitions } from './recognition-view';
import { assertInScope, recognitionDecisionScope, recognitionReadScope } from './recognition-scope';

async function loadProposals(db: Queryable, where: string, params: unknown[]): Promise<SyncedRecord[]> {
  const rows = await db.query<{ data: SyncedRecord }>(
    `SELECT data FROM records WHERE tbl = 'recognitions' AND NOT deleted AND ${where}
      ORDER BY id DESC LIMIT 2000`,
    params,
  );
  return rows.map((r) => r.data);
}

export function registerRecognitionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(RECOGNITION_API.list, { config: { access: { roles: READERS } } }, async (request) => {
    const scope = await recognitionReadScope(request);
    const q = parseBody(recognitionListQuerySchema, request.query);
    if (q.communeId) assertInScope(scope, q.communeId);
    const communes = q.communeId ? [q.communeId] : scope.communeIds ? [...scope.communeIds] : null;
    const state = q.state === 'all' ? null : q.state;
    const proposals = await loadProposals(
      ctx.db,
      `($1::text[] IS NULL OR commune_id = ANY($1::text[]))
       AND ($2::text IS NULL OR coalesce(data->>'decision', 'pending') = $2)`,
      [communes, state],
    );
    return { recognitions: await describeRecognitions(ctx.db, proposals) };
  });

  app.post<{ Params: { id: string } }>('/api/v1/admin/recognitions/:id/decision', async (request) => {
    const scope = await recognitionDecisionScope(request);
    const body = parseBody(decideRequestSchema, request.body);
    const id = request.params.id;
    const now = ctx.now();
    const record = await ctx.db.transaction(async (tx) => {
      const existing = (await lockAndLoad(tx, [{ table: 'recognitions', id }])).get(
        recordKey('recognitions', id),
      );
      if (!existing || existing.deleted)
        throw new ApiError(404, 'not_found', 'errors.notFound', `recognition ${id}`);
      assertInScope(scope, existing.communeId);
      if (existing.decision !== undefined)
        throw new ApiError(409, 'not_pending', 'errors.notPending', `decision: ${String(existing.decision)}`);
      const patch = {
        decision: body.decision,
        decisionReason: body.reason,
        decidedBy: scope.actor,
        decidedAt: now,
      };
      const after = await writeServerRecord(tx, 'recognitions', id, existing.communeId, patch, now);
      await tx.query(
        `INSERT INTO recognition_decisions (recognition_id, commune_id, village_id, decision, reason, actor,
                                            address, before, after, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, $10)`,
        [
          id,
          existing.communeId,
          String(existing.villageId),
          body.decision,
          body.reason,
          scope.actor,
          request.ip,
          JSON.stringify(existing),
          JSON.stringify(after),
          now,
        ],
      );
      return after;
    });
    request.log.info({ recognition: id, decision: body.decision, by: scope.actor }, 'recognition decided');
    const [item] = await describeRecognitions(ctx.db, [record]);
    return item;
  });
}
