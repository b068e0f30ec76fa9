// Access control of the admin API, in ONE place that runs before any handler (so before any query a
// handler makes): every /api/v1/admin route declares the roles it serves (`config: { roles }`; a route
// that declares nothing is for province administrators only), the session is resolved once, and a commune
// account is refused (403) any other commune's id in the path, the query string or the body. Handlers
// then ask `requireScope(request, …)` which commune they may read — never the raw query.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerContext } from '@/server/http/server-context';
import { ApiError } from '@/server/http/api-error';
import { authenticate, type AccountRole, type Principal } from './principal';

/** Every web role. */
export const ANY_ROLE: readonly AccountRole[] = ['admin', 'viewer', 'commune'];
/** Reads: dashboards, drill-downs, reports, exports, lists (a commune account sees its commune only). */
export const READERS: readonly AccountRole[] = ANY_ROLE;
/** Changes a commune official may make in their commune (team, codes, devices); viewers change nothing. */
export const MANAGERS: readonly AccountRole[] = ['admin', 'commune'];
/** Province administration: accounts, audit, units, catalogs. */
export const ADMINS: readonly AccountRole[] = ['admin'];

export interface AccessConfig {
  /** Who may call the route. Omitted: ADMINS (fail closed). */
  roles?: readonly AccountRole[];
  /** No session needed (sign-in). */
  public?: boolean;
  /** Still allowed while the account must change its password (me, password change, sign-out). */
  beforePasswordChange?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessConfig;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

const ADMIN_PREFIX = '/api/v1/admin/';

export const outOfScope = (detail: string) => new ApiError(403, 'out_of_scope', 'errors.outOfScope', detail);

/** The commune ids a request names: path `:communeId`, `?communeId=` (every repetition), body `communeId`. */
export function namedCommunes(request: FastifyRequest): (string | null)[] {
  const named: (string | null)[] = [];
  const params = request.params as Record<string, unknown> | undefined;
  if (params && typeof params.communeId === 'string') named.push(params.communeId);
  const query = request.query as Record<string, unknown> | undefined;
  const q = query?.communeId;
  if (typeof q === 'string') named.push(q);
  else if (Array.isArray(q)) named.push(...q.map(String));
  const body = request.body;
  if (body && typeof body === 'object' && !Array.isArray(body) && Object.hasOwn(body, 'communeId')) {
    const b = (body as { communeId: unknown }).communeId;
    // A null commune in a body means "the province" (a province device's code): not a commune's to ask.
    named.push(typeof b === 'string' ? b : null);
  }
  return named;
}

/** The single precheck: authentication, role, forced password change, commune scope. */
export async function checkAccess(ctx: ServerContext, request: FastifyRequest): Promise<void> {
  const access = request.routeOptions.config.access ?? {};
  if (access.public) return;
  const principal = await authenticate(ctx.db, request, ctx.now());
  request.principal = principal;
  if (principal.mustChangePassword && !access.beforePasswordChange)
    throw new ApiError(
      403,
      'password_change_required',
      'errors.passwordChangeRequired',
      'change the password first',
    );
  const roles = access.roles ?? ADMINS;
  if (!roles.includes(principal.role))
    throw new ApiError(403, 'forbidden', 'errors.forbidden', `not for the ${principal.role} role`);
  if (principal.role === 'commune')
    for (const named of namedCommunes(request))
      if (named !== principal.communeId) throw outOfScope(`commune ${named ?? '(province)'}`);
}

export function installAccessControl(app: FastifyInstance, ctx: ServerContext): void {
  // preHandler: after the body is parsed (so body ids are seen), before any handler runs.
  app.addHook('preHandler', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith(ADMIN_PREFIX)) return;
    await checkAccess(ctx, request);
  });
}

/** The principal the precheck resolved (a route outside /api/v1/admin has none: 401). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError(401, 'unauthorized', 'errors.signIn', 'sign in first');
  return request.principal;
}

/**
 * The commune a handler may read or change, in one line:
 * - `requireScope(request)` or `requireScope(request, query.communeId)` → the commune to filter on:
 *   a commune account's own commune, or for a province account the asked commune, or null (every commune);
 * - `requireScope(request, row.commune_id)` for a resource found by its id → 403 when a commune account
 *   reaches another commune's (or a province-wide, null) resource.
 */
export function requireScope(request: FastifyRequest, communeId?: string | null): string | null {
  const principal = principalOf(request);
  if (principal.role !== 'commune') return communeId ?? null;
  if (communeId !== undefined && communeId !== principal.communeId)
    throw outOfScope(`commune ${communeId ?? '(province)'}`);
  return principal.communeId;
}
