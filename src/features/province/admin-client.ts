// Typed HTTP client of the province admin API (/api/v1/admin/*): sends the Bearer token, validates every
// response with the protocol's zod schemas and turns failures into AdminApiError (a Vietnamese sentence).
import { z } from 'zod';
import {
  adminLoginResponseSchema,
  adminUnitsImportResponseSchema,
  catalogSummarySchema,
  communeOverviewSchema,
  deviceSummarySchema,
  enrolmentCodeSchema,
  teamMemberSummarySchema,
  type adminUnitsImportRequestSchema,
  type createEnrolmentCodeRequestSchema,
  type createTeamMemberRequestSchema,
  type publishCatalogRequestSchema,
} from '@/protocol/admin-messages';
import { AdminApiError, errorFromResponse } from './admin-error';
import { communeSummarySchema } from './commune-summary';

export type CatalogSummary = z.infer<typeof catalogSummarySchema>;
export type TeamMemberSummary = z.infer<typeof teamMemberSummarySchema>;
export type EnrolmentCode = z.infer<typeof enrolmentCodeSchema>;
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;
export type AdminLogin = z.infer<typeof adminLoginResponseSchema>;
export type AdminUnitsImport = z.input<typeof adminUnitsImportRequestSchema>;
export type PublishCatalog = z.input<typeof publishCatalogRequestSchema>;
export type NewTeamMember = z.input<typeof createTeamMemberRequestSchema>;
export type NewEnrolmentCode = z.input<typeof createEnrolmentCodeRequestSchema>;

const BASE = '/api/v1/admin';

/** A list answered either bare or wrapped as `{<key>: [...]}`. */
function listOf<T extends z.ZodType>(item: T, key: string) {
  return z.union([
    z.array(item),
    z.object({ [key]: z.array(item) }).transform((o) => o[key] as z.infer<T>[]),
  ]);
}
/** A single object answered either bare or wrapped as `{<key>: {...}}`. */
function oneOf<T extends z.ZodType>(item: T, key: string) {
  return z.union([item, z.object({ [key]: item }).transform((o) => o[key] as z.infer<T>)]);
}

export interface AdminClientOptions {
  /** Origin of the server ('' = same origin, the PWA case). */
  baseUrl?: string;
  token?: string | null;
  /** Called on a 401 after sign-in (expired or revoked session). */
  onSessionExpired?: () => void;
}

export function createAdminClient({ baseUrl = '', token = null, onSessionExpired }: AdminClientOptions = {}) {
  async function call<T extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    schema: T,
    body?: unknown,
  ): Promise<z.infer<T>> {
    if (globalThis.navigator?.onLine === false) throw new AdminApiError('offline', 0);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${BASE}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new AdminApiError('network', 0);
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = errorFromResponse(res.status, json, path === '/login');
      if (err.failure === 'sessionExpired') onSessionExpired?.();
      throw err;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AdminApiError('badResponse', res.status, '', parsed.error.message);
    return parsed.data;
  }
  const ok = z.unknown();
  const q = (communeId: string | null | undefined) =>
    communeId ? `?communeId=${encodeURIComponent(communeId)}` : '';

  return {
    login: (username: string, password: string) =>
      call('POST', '/login', adminLoginResponseSchema, { username, password }),
    communes: () => call('GET', '/communes', listOf(communeSummarySchema, 'communes')),
    importAdminUnits: (req: AdminUnitsImport) =>
      call('POST', '/admin-units', adminUnitsImportResponseSchema, req),
    catalogs: () => call('GET', '/catalogs', listOf(catalogSummarySchema, 'catalogs')),
    publishCatalog: (req: PublishCatalog) => call('POST', '/catalogs', ok, req),
    teamMembers: (communeId: string) =>
      call('GET', `/team-members${q(communeId)}`, listOf(teamMemberSummarySchema, 'members')),
    createTeamMember: (req: NewTeamMember) => call('POST', '/team-members', ok, req),
    deactivateTeamMember: (id: string) =>
      call('POST', `/team-members/${encodeURIComponent(id)}/deactivate`, ok, {}),
    createEnrolmentCode: (req: NewEnrolmentCode) =>
      call('POST', '/enrolment-codes', oneOf(enrolmentCodeSchema, 'code'), req),
    enrolmentCodes: () => call('GET', '/enrolment-codes', listOf(enrolmentCodeSchema, 'codes')),
    devices: () => call('GET', '/devices', listOf(deviceSummarySchema, 'devices')),
    revokeDevice: (deviceId: string) =>
      call('POST', `/devices/${encodeURIComponent(deviceId)}/revoke`, ok, {}),
    overview: () => call('GET', '/overview', listOf(communeOverviewSchema, 'communes')),
  };
}
export type AdminClient = ReturnType<typeof createAdminClient>;
