// The ONE place every report endpoint (dashboard, contributions, workbook, export) resolves who may see
// what: today the province administrator sees every commune and may narrow to one with `?communeId=`.
// Web accounts (viewer, commune official) plug in here: a commune official's scope is forced to their
// commune whatever the query asks — one change in this function, and every report follows it.
import type { FastifyRequest } from 'fastify';
import { requireAdmin } from '@/server/admin/admin-session';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import type { ServerContext } from '@/server/http/server-context';

export interface ReportScope {
  /** null: the whole province. */
  communeId: string | null;
}

export async function reportScope(
  ctx: ServerContext,
  request: FastifyRequest,
  requestedCommuneId: string | undefined,
): Promise<ReportScope> {
  await requireAdmin(ctx, request);
  if (requestedCommuneId === undefined) return { communeId: null };
  const units = await currentCatalog(ctx.db, 'adminUnits');
  if (!units?.data.communes.some((c) => c.id === requestedCommuneId))
    throw new ApiError(404, 'not_found', 'errors.notFound', `commune ${requestedCommuneId}`);
  return { communeId: requestedCommuneId };
}
