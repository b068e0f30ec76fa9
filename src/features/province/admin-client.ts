// Typed HTTP client of the province admin API (/api/v1/admin/*): sends the Bearer token, validates every
// response with the protocol's zod schemas and turns failures into AdminApiError (a Vietnamese sentence).
import {
  BACKUP_API,
  backupImportResponseSchema,
  backupPhotoImportResponseSchema,
  type BackupImportRequest,
  type BackupPhotoImportRequest,
} from '@/protocol/backup-messages';
import { z } from 'zod';
import { parseCatalog, type CatalogKind, type CatalogOf } from '@/domain/catalog';
import {
  ADMIN_API,
  adminLoginResponseSchema,
  adminRecordsResponseSchema,
  adminUnitsImportResponseSchema,
  catalogSummarySchema,
  communeOverviewSchema,
  deviceSummarySchema,
  enrolmentCodeSchema,
  serverInfoSchema,
  teamMemberSummarySchema,
  type adminRecordsQuerySchema,
  type adminUnitsImportRequestSchema,
  type createEnrolmentCodeRequestSchema,
  type addTeamMemberRequestSchema,
  type editTeamMemberRequestSchema,
  type publishCatalogRequestSchema,
} from '@/protocol/admin-messages';
import {
  ACCOUNT_API,
  accountSummarySchema,
  auditPageSchema,
  sessionSummarySchema,
  signedInAccountSchema,
  withdrawnCodeSchema,
  type AccountRole,
} from '@/protocol/account-messages';
import {
  RECOGNITION_API,
  recognitionItemSchema,
  recognitionListResponseSchema,
  type DecideRequest,
} from '@/protocol/recognition-messages';
import { AdminApiError, errorFromResponse } from './admin-error';
import { communesOf, type CommuneSummary } from './commune-summary';

export type CatalogSummary = z.infer<typeof catalogSummarySchema>;
export type TeamMemberSummary = z.infer<typeof teamMemberSummarySchema>;
export type EnrolmentCode = z.infer<typeof enrolmentCodeSchema>;
export type DeviceSummary = z.infer<typeof deviceSummarySchema>;
export type AdminLogin = z.infer<typeof adminLoginResponseSchema>;
export type AdminUnitsImport = z.input<typeof adminUnitsImportRequestSchema>;
export type PublishCatalog = z.input<typeof publishCatalogRequestSchema>;
export type NewTeamMember = z.input<typeof addTeamMemberRequestSchema>;
export type TeamMemberEdit = z.input<typeof editTeamMemberRequestSchema>;
export interface NewAccount {
  username: string;
  password: string;
  role: AccountRole;
  communeId?: string | null;
}
export type NewEnrolmentCode = z.input<typeof createEnrolmentCodeRequestSchema>;
export type RecordsQuery = z.input<typeof adminRecordsQuerySchema>;

/** A list answered as `{<key>: [...]}` (docs/api.md), unwrapped. */
function listOf<T extends z.ZodType>(item: T, key: string) {
  return z.object({ [key]: z.array(item) }).transform((o) => o[key] as z.infer<T>[]);
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
      res = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new AdminApiError('network', 0);
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = errorFromResponse(res.status, json, path === ADMIN_API.login);
      // Signing out with a dead token is no news worth telling the user.
      if (err.failure === 'sessionExpired' && path !== ADMIN_API.logout) onSessionExpired?.();
      throw err;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new AdminApiError('badResponse', res.status, '', parsed.error.message);
    return parsed.data;
  }
  const ok = z.unknown();

  /** A file the server streams (XLSX, CSV, JSON export): fetched with the token, handed over as a Blob
   * with the name the server gives it (Content-Disposition) or `fallbackName`. */
  async function file(path: string, fallbackName: string): Promise<{ blob: Blob; name: string }> {
    if (globalThis.navigator?.onLine === false) throw new AdminApiError('offline', 0);
    let res: Response;
    try {
      res = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    } catch {
      throw new AdminApiError('network', 0);
    }
    if (!res.ok) {
      const err = errorFromResponse(res.status, await res.json().catch(() => null), false);
      if (err.failure === 'sessionExpired') onSessionExpired?.();
      throw err;
    }
    const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '');
    return { blob: await res.blob(), name: named?.[1] ? decodeURIComponent(named[1]) : fallbackName };
  }
  const q = (communeId: string | null | undefined) =>
    communeId ? `?communeId=${encodeURIComponent(communeId)}` : '';

  /** Communes and villages come from the current administrative-units catalog (none yet: empty). */
  async function communes(): Promise<CommuneSummary[]> {
    try {
      const catalog = parseCatalog(await call('GET', ADMIN_API.currentCatalog('adminUnits'), ok));
      return catalog.kind === 'adminUnits' ? communesOf((catalog as CatalogOf<'adminUnits'>).data) : [];
    } catch (err) {
      if (err instanceof AdminApiError && err.failure === 'notFound') return [];
      if (err instanceof AdminApiError) throw err;
      throw new AdminApiError('badResponse', 200, '', String(err));
    }
  }

  /** The current catalog of a kind, validated (none published yet: null). */
  async function currentCatalogOf<K extends CatalogKind>(kind: K): Promise<CatalogOf<K> | null> {
    try {
      const catalog = parseCatalog(await call('GET', ADMIN_API.currentCatalog(kind), ok));
      return catalog.kind === kind ? (catalog as CatalogOf<K>) : null;
    } catch (err) {
      if (err instanceof AdminApiError && err.failure === 'notFound') return null;
      if (err instanceof AdminApiError) throw err;
      throw new AdminApiError('badResponse', 200, '', String(err));
    }
  }

  return {
    login: (username: string, password: string) =>
      call('POST', ADMIN_API.login, adminLoginResponseSchema, { username, password }),
    communes,
    /** A GET of any admin JSON endpoint, validated with `schema` (the scoreboard's endpoints). */
    get: <T extends z.ZodType>(path: string, schema: T) => call('GET', path, schema),
    file,
    currentCatalog: currentCatalogOf,
    importAdminUnits: (req: AdminUnitsImport) =>
      call('POST', ADMIN_API.adminUnits, adminUnitsImportResponseSchema, req),
    catalogs: () => call('GET', ADMIN_API.catalogs, listOf(catalogSummarySchema, 'catalogs')),
    publishCatalog: (req: PublishCatalog) => call('POST', ADMIN_API.catalogs, ok, req),
    teamMembers: (communeId: string) =>
      call('GET', `${ADMIN_API.teamMembers}${q(communeId)}`, listOf(teamMemberSummarySchema, 'members')),
    createTeamMember: (req: NewTeamMember) => call('POST', ADMIN_API.teamMembers, ok, req),
    deactivateTeamMember: (id: string) => call('POST', ADMIN_API.deactivateTeamMember(id), ok, {}),
    createEnrolmentCode: (req: NewEnrolmentCode) =>
      call('POST', ADMIN_API.enrolmentCodes, enrolmentCodeSchema, req),
    enrolmentCodes: () => call('GET', ADMIN_API.enrolmentCodes, listOf(enrolmentCodeSchema, 'codes')),
    devices: () => call('GET', ADMIN_API.devices, listOf(deviceSummarySchema, 'devices')),
    serverInfo: () => call('GET', ADMIN_API.serverInfo, serverInfoSchema),
    revokeDevice: (deviceId: string) => call('POST', ADMIN_API.revokeDevice(deviceId), ok, {}),
    overview: () => call('GET', ADMIN_API.overview, listOf(communeOverviewSchema, 'communes')),
    /** One page of the records behind an overview figure (drill-down). */
    records: ({ communeId, table, limit, after, villageId, from, to }: RecordsQuery) => {
      const params = new URLSearchParams({ communeId, table });
      if (villageId) params.set('villageId', villageId);
      if (from && to) {
        params.set('from', from);
        params.set('to', to);
      }
      if (limit !== undefined) params.set('limit', String(limit));
      if (after) params.set('after', after);
      return call('GET', `${ADMIN_API.records}?${params.toString()}`, adminRecordsResponseSchema);
    },
    me: () => call('GET', ACCOUNT_API.me, signedInAccountSchema),
    changePassword: (currentPassword: string, newPassword: string) =>
      call('POST', ACCOUNT_API.password, ok, { currentPassword, newPassword }),
    accounts: () => call('GET', ACCOUNT_API.accounts, listOf(accountSummarySchema, 'accounts')),
    createAccount: (req: NewAccount) => call('POST', ACCOUNT_API.accounts, accountSummarySchema, req),
    resetPassword: (username: string, password: string) =>
      call('POST', ACCOUNT_API.resetPassword(username), accountSummarySchema, { password }),
    setAccountDisabled: (username: string, disabled: boolean) =>
      call(
        'POST',
        disabled ? ACCOUNT_API.disable(username) : ACCOUNT_API.enable(username),
        accountSummarySchema,
        {},
      ),
    endSessions: (username: string) => call('POST', ACCOUNT_API.endSessions(username), ok, {}),
    sessions: () => call('GET', ACCOUNT_API.sessions, listOf(sessionSummarySchema, 'sessions')),
    audit: (before?: string | null) =>
      call(
        'GET',
        `${ACCOUNT_API.audit}${before ? `?before=${encodeURIComponent(before)}` : ''}`,
        auditPageSchema,
      ),
    /** The whole audit log as a CSV file (fetched with the token, handed to the browser as a download). */
    auditCsv: async (): Promise<Blob> => {
      if (globalThis.navigator?.onLine === false) throw new AdminApiError('offline', 0);
      const res = await fetch(`${baseUrl}${ACCOUNT_API.auditCsv}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }).catch(() => {
        throw new AdminApiError('network', 0);
      });
      if (!res.ok) throw errorFromResponse(res.status, await res.json().catch(() => null), false);
      return res.blob();
    },
    withdrawCode: (code: string) => call('POST', ACCOUNT_API.withdrawCode(code), withdrawnCodeSchema, {}),
    editTeamMember: (id: string, edit: TeamMemberEdit) =>
      call('POST', ACCOUNT_API.editTeamMember(id), teamMemberSummarySchema, edit),
    reactivateTeamMember: (id: string) => call('POST', ACCOUNT_API.reactivateTeamMember(id), ok, {}),
    /** Thôn số proposals in a state ('all' for every one), newest first. */
    recognitions: (state: 'pending' | 'confirmed' | 'returned' | 'all') =>
      call('GET', `${RECOGNITION_API.list}?state=${state}`, recognitionListResponseSchema),
    /** Confirms a proposal, or returns it with a reason. */
    decideRecognition: (id: string, req: DecideRequest) =>
      call('POST', RECOGNITION_API.decide(id), recognitionItemSchema, req),
    /** A photo's bytes (drill-down evidence); null when the province does not hold it (yet). */
    async photo(hash: string): Promise<Blob | null> {
      const res = await fetch(`${baseUrl}/api/v1/admin/photos/${encodeURIComponent(hash)}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }).catch(() => null);
      return res?.ok ? res.blob() : null;
    },
    /** A phone's opened backup, applied as that device's own sync (same numbers: nothing twice). */
    importBackup: (content: BackupImportRequest) =>
      call('POST', BACKUP_API.import, backupImportResponseSchema, content),
    /** One photo of that file, after its records: checked and stored like the device's own upload. */
    importBackupPhoto: (photo: BackupPhotoImportRequest) =>
      call('POST', BACKUP_API.importPhoto, backupPhotoImportResponseSchema, photo),
    /** Ends the session on the server too (the token is forgotten locally whatever happens). */
    logout: () => call('POST', ADMIN_API.logout, ok, {}),
  };
}
export type AdminClient = ReturnType<typeof createAdminClient>;
