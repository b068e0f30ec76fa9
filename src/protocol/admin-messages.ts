// The province administration API contract (screens under /province ↔ server /api/v1/admin/*).
// Administrators sign in with a password (scrypt on the server) and send `Authorization: Bearer <token>`.
import { z } from 'zod';
import { INDICATOR_LEVELS, localizedSchema } from '@/domain/catalog';
import { parsePeriod } from '@/domain/periods';
import { isoDateSchema } from '@/domain/record-base';
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
  role: z.enum(['admin', 'viewer', 'commune']).default('admin'),
  communeId: z.string().nullable().default(null),
  communeName: z.string().nullable().default(null),
  mustChangePassword: z.boolean().default(false),
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
  kind: z.enum(['trainingTopics', 'helpKinds', 'criteria', 'indicators']),
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
/** `allowDuplicate`: add or rename even though an active member of the commune has the same name (the
 * server answers 409 `duplicate_name` with the look-alikes otherwise, so the screen can warn). */
export const addTeamMemberRequestSchema = createTeamMemberRequestSchema.extend({
  allowDuplicate: z.boolean().default(false),
});
export const editTeamMemberRequestSchema = z
  .object({
    villageId: z.string().min(1).nullable().optional(),
    name: z.string().trim().min(1).max(120).optional(),
    role: z.enum(TEAM_ROLES).optional(),
    allowDuplicate: z.boolean().default(false),
  })
  .strict();

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
  /** Set when an unused code was withdrawn (enrolment refuses it). */
  withdrawnAt: z.number().nullable().optional(),
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
/** GET /api/v1/admin/records query: one commune's live records of one table, newest change first;
 * optionally one village only, and only records whose own date is in [from, to] (both or neither). */
export const adminRecordsQuerySchema = z.object({
  communeId: z.string().min(1).max(100),
  villageId: z.string().min(1).max(100).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
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
  /** Photo evidence the record names, by SHA-256 (GET /api/v1/admin/photos/:hash); absent when none. */
  photos: z.array(z.string()).optional(),
});
export type AdminRecordItem = z.infer<typeof adminRecordItemSchema>;
export const adminRecordsResponseSchema = z.object({
  records: z.array(adminRecordItemSchema),
  /** Pass as `after` for the next page; null on the last page. */
  next: z.string().nullable(),
});
export type AdminRecordsResponse = z.infer<typeof adminRecordsResponseSchema>;

// ── The plan's scoreboard: dashboard, contributions, yearly workbook, open-data export (issue 6) ──────

/** Endpoints of the scoreboard (see docs/api.md). Every one takes an optional `communeId` (one commune). */
export const REPORTS_API = {
  dashboard: '/api/v1/admin/dashboard', // GET dashboardQuery → dashboardResponse
  contributions: '/api/v1/admin/contributions', // GET contributionsQuery → contributionsResponse
  yearReport: (year: number) => `/api/v1/admin/reports/${year}.xlsx`, // GET ?communeId= → XLSX workbook
  exportTable: (table: string, format: 'csv' | 'json') => `/api/v1/admin/export/${table}.${format}`, // GET exportQuery
  dataDictionary: '/api/v1/admin/export/dictionary.json', // GET → dataDictionary
} as const;

/** Phones silent longer than this many days are flagged on the dashboard. */
export const SILENT_AFTER_DAYS = 14;

/** zod for a `period` query parameter: parses into a Period, or fails with errors.period. */
const periodParamSchema = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const p = parsePeriod(s);
    if (!p) {
      ctx.addIssue({ code: 'custom', message: 'errors.period' });
      return z.NEVER;
    }
    return p;
  });

const communeIdParam = z.string().trim().min(1).max(100).optional();

export const periodSchema = z.object({
  kind: z.enum(['year', 'phase1', 'phase2', 'plan', 'range']),
  from: z.string(),
  to: z.string(),
});

/** `period`: `2026`, `phase1`, `phase2`, `plan` or `2026-03-01..2026-06-30` (default: this Vietnam year). */
export const dashboardQuerySchema = z.object({
  period: periodParamSchema.optional(),
  communeId: communeIdParam,
});

export const catalogRefSchema = z.object({ version: z.string(), sample: z.boolean(), source: z.string() });

export const indicatorValueSchema = z.object({
  /** Share 0–1 (or people per village for activeHelpersPerVillage); null = no data. */
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  villagesWithData: z.number(),
  villages: z.number(),
  meetsTarget: z.boolean().nullable(),
});

/** An indicator as the catalog states it, with its plan wording and source. */
export const indicatorHeaderSchema = z.object({
  code: z.string(),
  name: localizedSchema,
  planSection: z.string(),
  target: z.number().nullable(),
  targetYear: z.number(),
  level: z.enum(INDICATOR_LEVELS),
  formulaKind: z.string(),
  /** How `value` and `target` read: a share (0–1, shown as %) or people per village. */
  unit: z.enum(['share', 'perVillage']),
});

export const unitIndicatorSchema = z.object({
  code: z.string(),
  current: indicatorValueSchema,
  previous: indicatorValueSchema,
  /** current − previous value; null unless both have data. */
  change: z.number().nullable(),
  /** target − value (positive: below target); null without data or target. */
  gap: z.number().nullable(),
});

/** Activity of the period, summed from the per-day totals. */
export const activitySchema = z.object({
  sessions: z.number(),
  attendees: z.number(),
  women: z.number(),
  ethnicMinority: z.number(),
  helpActivities: z.number(),
  peopleHelped: z.number(),
  householdsHelped: z.number(),
  /** Criteria now "đạt" whose assessment is dated in the period. */
  criteriaMet: z.number(),
  /** Sessions, help activities and criteria "đạt" of the period that carry photo evidence. */
  withPhotos: z.number(),
});
export type Activity = z.infer<typeof activitySchema>;

export const freshnessSchema = z.object({
  devices: z.number(),
  lastSyncAt: z.number().nullable(),
  /** Devices (not revoked) that have not synced for more than SILENT_AFTER_DAYS. */
  silentDevices: z.number(),
});

export const dashboardUnitSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['commune', 'village']),
  /** Villages in the unit (1 for a village). */
  villages: z.number(),
  indicators: z.array(unitIndicatorSchema),
  activity: activitySchema,
  previousActivity: activitySchema,
  /** Per commune; null for a village (devices belong to communes). */
  freshness: freshnessSchema.nullable(),
});
export type DashboardUnit = z.infer<typeof dashboardUnitSchema>;

export const laggingEntrySchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  communeName: z.string(),
  indicatorCode: z.string(),
  indicatorName: localizedSchema,
  value: z.number(),
  target: z.number(),
  gap: z.number(),
});

export const dashboardResponseSchema = z.object({
  period: periodSchema,
  previousPeriod: periodSchema,
  scope: z.object({ communeId: z.string().nullable(), communeName: z.string().nullable() }),
  catalogs: z.object({
    indicators: catalogRefSchema.nullable(),
    criteria: catalogRefSchema.nullable(),
    adminUnits: catalogRefSchema.nullable(),
  }),
  indicators: z.array(indicatorHeaderSchema),
  /** The whole scope (province, or the one commune). */
  total: z.object({
    indicators: z.array(unitIndicatorSchema),
    activity: activitySchema,
    previousActivity: activitySchema,
    freshness: freshnessSchema,
  }),
  /** The 99 communes (province scope) or the commune's villages (commune scope). */
  units: z.array(dashboardUnitSchema),
  /** Units below target, largest gap first (at most 50 of each). */
  lagging: z.object({ communes: z.array(laggingEntrySchema), villages: z.array(laggingEntrySchema) }),
  silentAfterDays: z.number(),
});
export type DashboardResponse = z.infer<typeof dashboardResponseSchema>;

export const CONTRIBUTOR_KINDS = ['member', 'helper', 'village', 'commune'] as const;
export const contributionsQuerySchema = dashboardQuerySchema.extend({
  by: z.enum(CONTRIBUTOR_KINDS).default('member'),
});

/** Tallies only — no score: sortable by any column (the province publishes weights as data if it wants them). */
export const contributionRowSchema = z.object({
  /** Team member id, Người bản số id, village id, commune id — or the trainer's name for an outside trainer. */
  id: z.string(),
  name: z.string(),
  /** A trainer typed as free text rather than chosen from the team. */
  external: z.boolean(),
  communeName: z.string().nullable(),
  villageName: z.string().nullable(),
  sessionsLed: z.number(),
  peopleTrained: z.number(),
  women: z.number(),
  ethnicMinority: z.number(),
  helpActivities: z.number(),
  peopleHelped: z.number(),
  householdsHelped: z.number(),
  criteriaMet: z.number(),
});
export type ContributionRow = z.infer<typeof contributionRowSchema>;
export const contributionsResponseSchema = z.object({
  period: periodSchema,
  by: z.enum(CONTRIBUTOR_KINDS),
  rows: z.array(contributionRowSchema),
});

/** GET /api/v1/admin/reports/{year}.xlsx query. */
export const yearReportQuerySchema = z.object({ communeId: communeIdParam });

/** GET /api/v1/admin/export/{table}.{csv|json}: live records whose own date (or, for undated tables, last
 * server change) falls in [from, to], Vietnam days. */
export const exportQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, communeId: communeIdParam })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'errors.period' });

export const dataDictionarySchema = z.object({
  tables: z.array(
    z.object({
      table: z.string(),
      name: localizedSchema,
      /** Which date selects the table's records for a period. */
      periodField: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string(), description: localizedSchema })),
    }),
  ),
});
export type DataDictionary = z.infer<typeof dataDictionarySchema>;
