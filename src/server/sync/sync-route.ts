// POST /api/v1/sync: one request carries a push and a pull, so an idle sync is a single small request.
// Order: authenticate, check protocol and shape, refuse a drifted clock before any write, apply the push
// in one transaction, then read the pull page in a fresh snapshot (so it can include this push).
import type { FastifyInstance } from 'fastify';
import type { CatalogOf } from '@/domain/catalog';
import { MAX_DRIFT_MS } from '@/domain/hlc';
import { syncRequestSchema } from '@/protocol/sync-messages';
import { MAX_PULL_ROWS } from '@/protocol/version';
import {
  adminUnitsFor,
  listCatalogVersions,
  loadCatalog,
  type AnyCatalog,
} from '@/server/catalogs/catalog-store';
import { authenticateDevice } from '@/server/devices/device-auth';
import { ApiError } from '@/server/http/api-error';
import { assertProtocol, parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { applyPush } from './apply-push';
import { loadCodeBook } from './code-book';
import { pullPage } from './pull-page';
import { encodeSyncReply } from './sync-reply';

export function registerSyncRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/sync', async (request, reply) => {
    const device = await authenticateDevice(ctx.db, request.headers.authorization);
    assertProtocol(request.body);
    const body = parseBody(syncRequestSchema, request.body);
    const now = ctx.now();
    if (Math.abs(body.clientTime - now) > MAX_DRIFT_MS)
      throw new ApiError(
        400,
        'clock_drift',
        'errors.clockDrift',
        `client clock off by ${Math.round((body.clientTime - now) / 1000)} s`,
        {
          serverTime: now,
        },
      );
    // Catalog versions are append-only and immutable: read once, before the transaction.
    const versions = await listCatalogVersions(ctx.db);
    const book = body.mutations.length > 0 ? await loadCodeBook(ctx.db, versions) : null;
    const results = await ctx.db.transaction((tx) => applyPush(tx, device.id, body.mutations, now, book));
    const page = await pullPage(ctx.db, device.communeId, body.cursor, body.pullLimit ?? MAX_PULL_ROWS);
    const catalogs: AnyCatalog[] = [];
    for (const current of versions.filter((v) => v.current)) {
      if (body.catalogs[current.kind] === current.version) continue;
      const catalog = await loadCatalog(ctx.db, current);
      catalogs.push(
        catalog.kind === 'adminUnits'
          ? adminUnitsFor(catalog as CatalogOf<'adminUnits'>, device.communeId)
          : catalog,
      );
    }
    const applied = results.filter((r) => r.status === 'applied').length;
    if (body.mutations.length > 0 || page.rows.length > 0)
      request.log.info(
        { deviceId: device.id, pushed: body.mutations.length, applied, pulled: page.rows.length },
        'sync',
      );
    return reply
      .type('application/json; charset=utf-8')
      .send(encodeSyncReply({ serverTime: now, results, page, catalogs }));
  });
}
