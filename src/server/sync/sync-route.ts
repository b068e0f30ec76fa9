// POST /api/v1/sync: one request carries a push and a pull, so an idle sync is a single small request.
// Order: authenticate, check protocol and shape, refuse a drifted clock before any write, apply the push
// in one transaction, then read the pull page in a fresh snapshot (so it can include this push). The
// reply speaks the phone's protocol: 1 for phones not yet updated, 2 (column batches, no echo) otherwise.
import type { FastifyInstance } from 'fastify';
import type { CatalogOf } from '@/domain/catalog';
import { MAX_DRIFT_MS } from '@/domain/hlc';
import { syncRequestSchema, type SyncRequest } from '@/protocol/sync-messages';
import { decodeRequestV2, syncRequestV2Schema } from '@/protocol/sync-protocol-2';
import { MAX_PULL_ROWS, MAX_PULL_ROWS_V2, PULL_PAGE_BYTES, type ProtocolVersion } from '@/protocol/version';
import {
  adminUnitsFor,
  listCatalogVersions,
  loadCatalog,
  type AnyCatalog,
} from '@/server/catalogs/catalog-store';
import { authenticateDevice } from '@/server/devices/device-auth';
import { ApiError, badRequest } from '@/server/http/api-error';
import { assertProtocol, describeIssues, parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { applyPush } from './apply-push';
import { loadCodeBook } from './code-book';
import { echoTest, heldRows, phoneRows } from './own-echo';
import { pullPage, type PageOptions } from './pull-page';
import { encodeSyncReply } from './sync-reply';

function readRequest(protocol: ProtocolVersion, body: unknown): SyncRequest {
  if (protocol === 1) return parseBody(syncRequestSchema, body);
  const decoded = decodeRequestV2(parseBody(syncRequestV2Schema, body));
  if (!decoded.ok)
    throw badRequest(typeof decoded.issues === 'string' ? decoded.issues : describeIssues(decoded.issues));
  return decoded.request;
}

export function registerSyncRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/sync', async (request, reply) => {
    const device = await authenticateDevice(ctx.db, request.headers.authorization);
    const protocol = assertProtocol(request.body);
    const body = readRequest(protocol, request.body);
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
    const held = body.omitEcho ? await heldRows(ctx.db, body.mutations, body.cursor) : null;
    const results = await ctx.db.transaction((tx) => applyPush(tx, device.id, body.mutations, now, book));
    const options: PageOptions =
      protocol === 1
        ? {}
        : {
            maxBytes: PULL_PAGE_BYTES,
            ...(held
              ? { isEcho: echoTest(phoneRows(held, body.mutations, results)), echoAllowance: held.size }
              : {}),
          };
    const limit = body.pullLimit ?? (protocol === 1 ? MAX_PULL_ROWS : MAX_PULL_ROWS_V2);
    const page = await pullPage(ctx.db, device.communeId, body.cursor, limit, options);
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
        { deviceId: device.id, protocol, pushed: body.mutations.length, applied, pulled: page.rows.length },
        'sync',
      );
    return reply
      .type('application/json; charset=utf-8')
      .send(encodeSyncReply(protocol, { serverTime: now, results, page, catalogs }));
  });
}
