// Catalog administration: import administrative units from CSV, publish other catalog versions
// (validated with parseCatalog), list every version, and read the current one of a kind.
import type { FastifyInstance } from 'fastify';
import { CATALOG_KINDS, type CatalogKind } from '@/domain/catalog';
import {
  ADMIN_API,
  adminUnitsImportRequestSchema,
  publishCatalogRequestSchema,
} from '@/protocol/admin-messages';
import {
  currentCatalog,
  listCatalogVersions,
  publishCatalog,
  type CatalogVersionRow,
} from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import { describeIssues, parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { parseAdminUnitsCsv } from './admin-units-csv';
import { requireAdmin } from './admin-session';

const summary = (r: CatalogVersionRow) => ({
  kind: r.kind,
  version: r.version,
  publishedAt: r.published_at,
  sample: r.sample,
  current: r.current,
});

export function registerCatalogRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(ADMIN_API.adminUnits, async (request) => {
    await requireAdmin(ctx, request);
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
    await publishCatalog(ctx.db, {
      kind: 'adminUnits',
      version: body.version,
      publishedAt: new Date(ctx.now()).toISOString(),
      sample: body.sample,
      source: body.source,
      data: units,
    });
    request.log.info(
      { version: body.version, communes: units.communes.length },
      'administrative units imported',
    );
    return { version: body.version, communes: units.communes.length, villages: units.villages.length };
  });

  app.post(ADMIN_API.catalogs, async (request, reply) => {
    await requireAdmin(ctx, request);
    const body = parseBody(publishCatalogRequestSchema, request.body);
    const publishedAt = new Date(ctx.now()).toISOString();
    try {
      await publishCatalog(ctx.db, { ...body, publishedAt });
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

  app.get(ADMIN_API.catalogs, async (request) => {
    await requireAdmin(ctx, request);
    return { catalogs: (await listCatalogVersions(ctx.db)).map(summary) };
  });

  app.get<{ Params: { kind: string } }>('/api/v1/admin/catalogs/:kind/current', async (request) => {
    await requireAdmin(ctx, request);
    const kind = request.params.kind as CatalogKind;
    if (!CATALOG_KINDS.includes(kind))
      throw new ApiError(404, 'not_found', 'errors.notFound', request.params.kind);
    const catalog = await currentCatalog(ctx.db, kind);
    if (!catalog) throw new ApiError(404, 'not_found', 'errors.notFound', `no ${kind} catalog yet`);
    return catalog;
  });
}
