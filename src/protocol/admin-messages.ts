// The province administration API contract (screens under /province ↔ server /api/v1/admin/*).
// Administrators sign in with a password (scrypt on the server) and send `Authorization: Bearer <token>`.
import { z } from 'zod';
import { TEAM_ROLES } from '@/domain/team-member';

/** The admin endpoints (all JSON; every one but login needs the session token). See docs/api.md. */
export const ADMIN_API = {
  login: '/api/v1/admin/login', // POST adminLoginRequest → adminLoginResponse
  logout: '/api/v1/admin/logout', // POST → 204
  adminUnits: '/api/v1/admin/admin-units', // POST adminUnitsImportRequest → adminUnitsImportResponse
  catalogs: '/api/v1/admin/catalogs', // GET → { catalogs: catalogSummary[] }; POST publishCatalogRequest → catalogSummary
  currentCatalog: (kind: string) => `/api/v1/admin/catalogs/${encodeURIComponent(kind)}/current`, // GET → catalog
  teamMembers: '/api/v1/admin/team-members', // GET ?communeId= → { members }; POST createTeamMemberRequest → teamMemberSummary
  deactivateTeamMember: (id: string) => `/api/v1/admin/team-members/${encodeURIComponent(id)}/deactivate`, // POST
  enrolmentCodes: '/api/v1/admin/enrolment-codes', // GET → { codes }; POST createEnrolmentCodeRequest → enrolmentCode
  devices: '/api/v1/admin/devices', // GET → { devices: deviceSummary[] }
  revokeDevice: (id: string) => `/api/v1/admin/devices/${encodeURIComponent(id)}/revoke`, // POST → deviceSummary
  overview: '/api/v1/admin/overview', // GET → { communes: communeOverview[] }
  records: '/api/v1/admin/records', // GET adminRecordsQuery → adminRecordsResponse (the records behind a figure)
  serverInfo: '/api/v1/admin/server-info', // GET → serverInfo (the configured public address)
} as const;

/** What the province screens need to know about the server's setup. */
export const serverInfoSchema = z.object({
  /** PUBLIC_URL, or null when the server was started without it (QR codes then use the browser's address). */
  publicUrl: z.string().nullable(),
});
export type ServerInfo = z.infer<typeof serverInfoSchema>;

export const adminLoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});
export const adminLoginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.number(),
  username: z.string(),
});

/** CSV of administrative units: one row per village, header
 * `commune_id,commune_name,commune_kind,village_id,village_name` (commune_kind: xa | phuong). */
export const ADMIN_UNITS_CSV_HEADER = [
  'commune_id',
  'commune_name',
  'commune_kind',
  'village_id',
  'village_name',
] as const;
export const adminUnitsImportRequestSchema = z.object({
  csv: z.string().min(1).max(2_000_000),
  version: z.string().trim().min(1).max(40),
  sample: z.boolean().default(false),
  source: z.string().max(500).default(''),
});
export const adminUnitsImportResponseSchema = z.object({
  version: z.string(),
  communes: z.number(),
  villages: z.number(),
});

export const publishCatalogRequestSchema = z.object({
  kind: z.enum(['trainingTopics', 'helpKinds', 'criteria']),
  version: z.string().trim().min(1).max(40),
  sample: z.boolean(),
  source: z.string().max(500),
  data: z.unknown(),
});
export const catalogSummarySchema = z.object({
  kind: z.string(),
  version: z.string(),
  publishedAt: z.string(),
  sample: z.boolean(),
  current: z.boolean(),
});

export const createTeamMemberRequestSchema = z.object({
  communeId: z.string().min(1),
  villageId: z.string().min(1).nullable(),
  name: z.string().trim().min(1).max(120),
  role: z.enum(TEAM_ROLES),
});
export const teamMemberSummarySchema = createTeamMemberRequestSchema.extend({
  id: z.string(),
  active: z.boolean(),
});

export const createEnrolmentCodeRequestSchema = z.object({
  /** null: a province device that reads every commune. */
  communeId: z.string().min(1).nullable(),
  ttlHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});
export const enrolmentCodeSchema = z.object({
  code: z.string(),
  communeId: z.string().nullable(),
  expiresAt: z.number(),
  usedAt: z.number().nullable(),
});

export const deviceSummarySchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  communeId: z.string().nullable(),
  enrolledAt: z.number(),
  lastSyncAt: z.number().nullable(),
  lastAppliedSeq: z.number(),
  revokedAt: z.number().nullable(),
});

/** Per-commune figures for the province overview; every number is computed from the records. */
export const communeOverviewSchema = z.object({
  communeId: z.string(),
  communeName: z.string(),
  villages: z.number(),
  trainingSessions: z.number(),
  attendees: z.number(),
  women: z.number(),
  ethnicMinority: z.number(),
  helpers: z.number(),
  helpActivities: z.number(),
  peopleHelped: z.number(),
  criteriaMet: z.number(),
  criteriaTotal: z.number(),
  devices: z.number(),
  lastSyncAt: z.number().nullable(),
});
export type CommuneOverview = z.infer<typeof communeOverviewSchema>;

export const catalogListResponseSchema = z.object({ catalogs: z.array(catalogSummarySchema) });
export const teamMemberListResponseSchema = z.object({ members: z.array(teamMemberSummarySchema) });
export const enrolmentCodeListResponseSchema = z.object({ codes: z.array(enrolmentCodeSchema) });
export const deviceListResponseSchema = z.object({ devices: z.array(deviceSummarySchema) });
export const overviewResponseSchema = z.object({ communes: z.array(communeOverviewSchema) });

/** The tables whose records stand behind an overview figure (drill-down). */
export const DRILL_DOWN_TABLES = [
  'trainingSessions',
  'helpActivities',
  'banSoHelpers',
  'checklistProgress',
] as const;
export type DrillDownTable = (typeof DRILL_DOWN_TABLES)[number];
/** GET /api/v1/admin/records query: one commune's live records of one table, newest change first. */
export const adminRecordsQuerySchema = z.object({
  communeId: z.string().min(1).max(100),
  table: z.enum(DRILL_DOWN_TABLES),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `next` of the previous page. */
  after: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});
export const adminRecordItemSchema = z.object({
  id: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  /** The record's own date (session, help, assessment), or null (Người bản số have none). */
  date: z.string().nullable(),
  updatedAt: z.number(),
  /** The key fields of the table: see docs/api.md. */
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AdminRecordItem = z.infer<typeof adminRecordItemSchema>;
export const adminRecordsResponseSchema = z.object({
  records: z.array(adminRecordItemSchema),
  /** Pass as `after` for the next page; null on the last page. */
  next: z.string().nullable(),
});
export type AdminRecordsResponse = z.infer<typeof adminRecordsResponseSchema>;
