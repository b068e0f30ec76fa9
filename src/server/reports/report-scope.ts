// The ONE place every report endpoint (dashboard, contributions, workbook, export) resolves who may see
// what: a province account sees every commune and may narrow to one with `?communeId=`; a commune
// official gets their own commune (another commune's id was already refused 403 by the access precheck).
import type { FastifyRequest } from 'fastify';
import { requireScope } from '@/server/auth/access';
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
  const communeId = requireScope(request, requestedCommuneId);
  if (communeId === null) return { communeId: null };
  const units = await currentCatalog(ctx.db, 'adminUnits');
  if (!units?.data.communes.some((c) => c.id === communeId))
    throw new ApiError(404, 'not_found', 'errors.notFound', `commune ${communeId}`);
  return { communeId };
}
