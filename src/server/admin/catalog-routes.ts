// Catalog administration: import administrative units from CSV, publish other catalog versions
// (validated with parseCatalog), list every version, and read the current one of a kind.
import type { FastifyInstance } from 'fastify';
import { CATALOG_KINDS, type CatalogKind, type CatalogOf } from '@/domain/catalog';
import {
  ADMIN_API,
  adminUnitsImportRequestSchema,
  publishCatalogRequestSchema,
} from '@/protocol/admin-messages';
import {
  adminUnitsFor,
  currentCatalog,
  listCatalogVersions,
  publishCatalog,
  type CatalogVersionRow,
} from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import { describeIssues, parseBody } from '@/server/http/parse-body';
import { READERS, requireScope } from '@/server/auth/access';
import { audited } from '@/server/auth/audit';
import type { ServerContext } from '@/server/http/server-context';
import { parseAdminUnitsCsv } from './admin-units-csv';

const summary = (r: CatalogVersionRow) => ({
  kind: r.kind,
  version: r.version,
  publishedAt: r.published_at,
  sample: r.sample,
  current: r.current,
});

export function registerCatalogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Units and catalogs are published by province administrators only (the default of an undeclared route).
  app.post(ADMIN_API.adminUnits, async (request) => {
    const body = parseBody(adminUnitsImportRequestSchema, request.body);
    const previous = await currentCatalog(ctx.db, 'adminUnits');
    const province = previous?.data.province ?? { code: 'LC', name: 'Lào Cai' };
    const { units, problems } = parseAdminUnitsCsv(body.csv, province);
    if (problems.length > 0)
      throw new ApiError(
        400,
        'invalid_csv',
        'errors.csv',
        problems
          .slice(0, 20)
          .map((p) => `line ${p.line}: ${p.message}`)
          .join('; '),
        { lines: problems.slice(0, 200) },
      );
    await audited(ctx, request, 'catalog.publish', async (tx) => {
      await publishCatalog(tx, {
        kind: 'adminUnits',
        version: body.version,
        publishedAt: new Date(ctx.now()).toISOString(),
        sample: body.sample,
        source: body.source,
        data: units,
      });
      const after = {
        version: body.version,
        communes: units.communes.length,
        villages: units.villages.length,
      };
      return {
        target: `catalog:adminUnits@${body.version}`,
        communeId: null,
        before: { version: previous?.version ?? null },
        after,
        result: undefined,
      };
    });
    request.log.info(
      { version: body.version, communes: units.communes.length },
      'administrative units imported',
    );
    return { version: body.version, communes: units.communes.length, villages: units.villages.length };
  });

  app.post(ADMIN_API.catalogs, async (request, reply) => {
    const body = parseBody(publishCatalogRequestSchema, request.body);
    const publishedAt = new Date(ctx.now()).toISOString();
    try {
      await audited(ctx, request, 'catalog.publish', async (tx) => {
        const previous = await currentCatalog(tx, body.kind);
        await publishCatalog(tx, { ...body, publishedAt });
        return {
          target: `catalog:${body.kind}@${body.version}`,
          communeId: null,
          before: { version: previous?.version ?? null },
          after: { version: body.version, sample: body.sample, source: body.source },
          result: undefined,
        };
      });
    } catch (err) {
      if (err instanceof ApiError) throw err;
      const issues = (err as { issues?: [] }).issues;
      throw new ApiError(
        400,
        'invalid_catalog',
        'errors.invalidCatalog',
        issues ? describeIssues(issues) : String(err),
      );
    }
    request.log.info({ kind: body.kind, version: body.version }, 'catalog published');
    return reply
      .status(201)
      .send({ kind: body.kind, version: body.version, publishedAt, sample: body.sample, current: true });
  });

  app.get(ADMIN_API.catalogs, { config: { access: { roles: READERS } } }, async () => {
    return { catalogs: (await listCatalogVersions(ctx.db)).map(summary) };
  });

  app.get<{ Params: { kind: string } }>(
    '/api/v1/admin/catalogs/:kind/current',
    { config: { access: { roles: READERS } } },
    async (request) => {
      const kind = request.params.kind as CatalogKind;
      if (!CATALOG_KINDS.includes(kind))
        throw new ApiError(404, 'not_found', 'errors.notFound', request.params.kind);
      const catalog = await currentCatalog(ctx.db, kind);
      if (!catalog) throw new ApiError(404, 'not_found', 'errors.notFound', `no ${kind} catalog yet`);
      // A commune account sees its own commune's units only, as a commune phone does.
      const scope = requireScope(request);
      return catalog.kind === 'adminUnits' && scope !== null
        ? adminUnitsFor(catalog as CatalogOf<'adminUnits'>, scope)
        : catalog;
    },
  );
}
