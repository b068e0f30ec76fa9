// The web accounts contract (issue 7): roles, account administration, sessions, password change and the
// audit log of administration. Every web role signs in with POST /api/v1/admin/login. See docs/api.md.
import { z } from 'zod';

/** admin: province administrator; viewer: province, read-only; commune: one commune's official. */
export const ACCOUNT_ROLES = ['admin', 'viewer', 'commune'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_API = {
  me: '/api/v1/admin/me', // GET → signedInAccount
  password: '/api/v1/admin/password', // POST changePasswordRequest → 204
  accounts: '/api/v1/admin/accounts', // GET → { accounts }; POST createAccountRequest → accountSummary
  resetPassword: (u: string) => `/api/v1/admin/accounts/${encodeURIComponent(u)}/reset-password`, // POST { password }
  disable: (u: string) => `/api/v1/admin/accounts/${encodeURIComponent(u)}/disable`, // POST → accountSummary
  enable: (u: string) => `/api/v1/admin/accounts/${encodeURIComponent(u)}/enable`, // POST → accountSummary
  endSessions: (u: string) => `/api/v1/admin/accounts/${encodeURIComponent(u)}/end-sessions`, // POST → { ended }
  sessions: '/api/v1/admin/sessions', // GET → { sessions }
  endSession: (id: string) => `/api/v1/admin/sessions/${encodeURIComponent(id)}/end`, // POST → 204
  audit: '/api/v1/admin/audit', // GET ?before=&limit= → { entries, next }
  auditCsv: '/api/v1/admin/audit.csv', // GET → text/csv
  withdrawCode: (code: string) => `/api/v1/admin/enrolment-codes/${encodeURIComponent(code)}/withdraw`, // POST
  editTeamMember: (id: string) => `/api/v1/admin/team-members/${encodeURIComponent(id)}`, // POST editTeamMemberRequest
  reactivateTeamMember: (id: string) => `/api/v1/admin/team-members/${encodeURIComponent(id)}/reactivate`, // POST
} as const;

export const MIN_PASSWORD_LENGTH = 10;
const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);
/** Lower-case letters, digits, dot, dash, underscore: typed on a phone keyboard without surprises. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,60}$/);

export const createAccountRequestSchema = z
  .object({
    username: usernameSchema,
    password,
    role: z.enum(ACCOUNT_ROLES),
    communeId: z.string().min(1).max(100).nullable().optional(),
  })
  .strict()
  .refine((a) => (a.role === 'commune') === (a.communeId != null), {
    message: 'communeId is required for a commune account and forbidden for a province one',
    path: ['communeId'],
  });

export const resetPasswordRequestSchema = z.object({ password }).strict();
export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: password })
  .strict()
  .refine((p) => p.currentPassword !== p.newPassword, {
    message: 'the new password must differ from the current one',
    path: ['newPassword'],
  });

export const accountSummarySchema = z.object({
  username: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  communeId: z.string().nullable(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.number(),
  createdBy: z.string().nullable(),
  activeSessions: z.number(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const signedInAccountSchema = z.object({
  username: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
  mustChangePassword: z.boolean(),
  expiresAt: z.number(),
});
export type SignedInAccount = z.infer<typeof signedInAccountSchema>;

export const sessionSummarySchema = z.object({
  id: z.string(),
  username: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  communeId: z.string().nullable(),
  createdAt: z.number(),
  expiresAt: z.number(),
  ip: z.string(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  actor: z.string(),
  actorRole: z.string(),
  ip: z.string(),
  action: z.string(),
  target: z.string(),
  communeId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The `next` of the previous page (entries older than this id). */
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
});
export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), next: z.string().nullable() });

export const withdrawnCodeSchema = z.object({ code: z.string(), withdrawnAt: z.number() });
