// Every admin endpoint with the roles it serves, for the role × endpoint matrix: a request per endpoint
// (built from a fixture of ids in commune A and commune B) and the status an allowed role gets. A commune
// A official must get 403 on every request that names commune B (path, query or body).
import type { AccountRole } from '@/protocol/account-messages';

export interface Fixture {
  /** Team member, device and unused code of commune A and of commune B. */
  memberA: string;
  memberB: string;
  deviceA: string;
  deviceB: string;
  codeA: string;
  codeB: string;
  /** An account the matrix may reset, disable, enable and end (never the callers). */
  spareAccount: string;
}

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  /** The route as Fastify knows it (to prove the matrix covers every registered admin route). */
  route: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  allowed: readonly AccountRole[];
  /** Status for an allowed role (its own commune for a commune official). */
  ok: number;
}

const ALL: readonly AccountRole[] = ['admin', 'viewer', 'commune'];
const MANAGE: readonly AccountRole[] = ['admin', 'commune'];
const ADMIN: readonly AccountRole[] = ['admin'];
const A = 'sample-bat-xat';
const B = 'sample-sa-pa';
let n = 0;
const unique = () => `${Date.now() % 1_000_000}-${++n}`;

export const ENDPOINTS: Endpoint[] = [
  {
    name: 'me',
    method: 'GET',
    route: '/api/v1/admin/me',
    path: () => '/api/v1/admin/me',
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'change password (wrong current)',
    method: 'POST',
    route: '/api/v1/admin/password',
    path: () => '/api/v1/admin/password',
    body: () => ({ currentPassword: 'not-my-password', newPassword: 'a-new-password-1' }),
    allowed: ALL,
    ok: 400,
  },
  {
    name: 'import units (bad CSV)',
    method: 'POST',
    route: '/api/v1/admin/admin-units',
    path: () => '/api/v1/admin/admin-units',
    body: () => ({ csv: 'a,b\n1,2', version: `m-${unique()}` }),
    allowed: ADMIN,
    ok: 400,
  },
  {
    name: 'publish catalog',
    method: 'POST',
    route: '/api/v1/admin/catalogs',
    path: () => '/api/v1/admin/catalogs',
    body: () => ({
      kind: 'helpKinds',
      version: `m-${unique()}`,
      sample: true,
      source: 'matrix',
      data: { kinds: [{ code: 'vneid', name: { vi: 'VNeID' } }] },
    }),
    allowed: ADMIN,
    ok: 201,
  },
  {
    name: 'list catalogs',
    method: 'GET',
    route: '/api/v1/admin/catalogs',
    path: () => '/api/v1/admin/catalogs',
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'current units',
    method: 'GET',
    route: '/api/v1/admin/catalogs/:kind/current',
    path: () => '/api/v1/admin/catalogs/adminUnits/current',
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'team of my commune',
    method: 'GET',
    route: '/api/v1/admin/team-members',
    path: () => `/api/v1/admin/team-members?communeId=${A}`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'add member',
    method: 'POST',
    route: '/api/v1/admin/team-members',
    path: () => '/api/v1/admin/team-members',
    body: () => ({ communeId: A, villageId: null, name: `Người ${unique()}`, role: 'member' }),
    allowed: MANAGE,
    ok: 201,
  },
  {
    name: 'edit member',
    method: 'POST',
    route: '/api/v1/admin/team-members/:id',
    path: (f) => `/api/v1/admin/team-members/${f.memberA}`,
    body: () => ({ role: 'leader' }),
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'deactivate member',
    method: 'POST',
    route: '/api/v1/admin/team-members/:id/deactivate',
    path: (f) => `/api/v1/admin/team-members/${f.memberA}/deactivate`,
    body: () => ({}),
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'reactivate member',
    method: 'POST',
    route: '/api/v1/admin/team-members/:id/reactivate',
    path: (f) => `/api/v1/admin/team-members/${f.memberA}/reactivate`,
    body: () => ({}),
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'new code',
    method: 'POST',
    route: '/api/v1/admin/enrolment-codes',
    path: () => '/api/v1/admin/enrolment-codes',
    body: () => ({ communeId: A, ttlHours: 1 }),
    allowed: MANAGE,
    ok: 201,
  },
  {
    name: 'list codes',
    method: 'GET',
    route: '/api/v1/admin/enrolment-codes',
    path: () => '/api/v1/admin/enrolment-codes',
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'withdraw code',
    method: 'POST',
    route: '/api/v1/admin/enrolment-codes/:code/withdraw',
    path: (f) => `/api/v1/admin/enrolment-codes/${f.codeA}/withdraw`,
    body: () => ({}),
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'list devices',
    method: 'GET',
    route: '/api/v1/admin/devices',
    path: () => '/api/v1/admin/devices',
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'revoke device',
    method: 'POST',
    route: '/api/v1/admin/devices/:id/revoke',
    path: (f) => `/api/v1/admin/devices/${f.deviceA}/revoke`,
    body: () => ({}),
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'overview',
    method: 'GET',
    route: '/api/v1/admin/overview',
    path: () => '/api/v1/admin/overview',
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'drill-down',
    method: 'GET',
    route: '/api/v1/admin/records',
    path: () => `/api/v1/admin/records?communeId=${A}&table=trainingSessions`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'dashboard',
    method: 'GET',
    route: '/api/v1/admin/dashboard',
    path: () => `/api/v1/admin/dashboard?communeId=${A}`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'contributions',
    method: 'GET',
    route: '/api/v1/admin/contributions',
    path: () => `/api/v1/admin/contributions?communeId=${A}&by=member`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'year report',
    method: 'GET',
    route: '/api/v1/admin/reports/:file',
    path: () => `/api/v1/admin/reports/2026.xlsx?communeId=${A}`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'open-data export',
    method: 'GET',
    route: '/api/v1/admin/export/:file',
    path: () => `/api/v1/admin/export/trainingSessions.csv?communeId=${A}&from=2026-01-01&to=2026-12-31`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'recognitions',
    method: 'GET',
    route: '/api/v1/admin/recognitions',
    path: () => `/api/v1/admin/recognitions?communeId=${A}`,
    allowed: ALL,
    ok: 200,
  },
  {
    name: 'recognition decision (unknown proposal)',
    method: 'POST',
    route: '/api/v1/admin/recognitions/:id/decision',
    path: () => '/api/v1/admin/recognitions/khong-co/decision',
    body: () => ({ decision: 'confirmed' }),
    allowed: ADMIN,
    ok: 404,
  },
  {
    name: 'server info',
    method: 'GET',
    route: '/api/v1/admin/server-info',
    path: () => '/api/v1/admin/server-info',
    allowed: MANAGE,
    ok: 200,
  },
  {
    name: 'evidence photo (not held)',
    method: 'GET',
    route: '/api/v1/admin/photos/:hash',
    path: () => `/api/v1/admin/photos/${'ab'.repeat(32)}`,
    allowed: ALL,
    ok: 404,
  },
  {
    name: 'backup import (unknown device)',
    method: 'POST',
    route: '/api/v1/admin/backup-import',
    path: () => '/api/v1/admin/backup-import',
    body: () => ({ deviceId: 'no-such-device', communeId: A, createdAt: 0, mutations: [] }),
    allowed: ADMIN,
    ok: 404,
  },
  {
    name: 'backup photo import (unknown device)',
    method: 'POST',
    route: '/api/v1/admin/backup-import/photo',
    path: () => '/api/v1/admin/backup-import/photo',
    body: () => ({ deviceId: 'no-such-device', hash: 'a'.repeat(64), type: 'image/jpeg', data: 'AA==' }),
    allowed: ADMIN,
    ok: 404,
  },
  {
    name: 'list accounts',
    method: 'GET',
    route: '/api/v1/admin/accounts',
    path: () => '/api/v1/admin/accounts',
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'create account',
    method: 'POST',
    route: '/api/v1/admin/accounts',
    path: () => '/api/v1/admin/accounts',
    body: () => ({ username: `m-${unique()}`, password: 'mat-khau-dau-tien', role: 'commune', communeId: A }),
    allowed: ADMIN,
    ok: 201,
  },
  {
    name: 'reset password',
    method: 'POST',
    route: '/api/v1/admin/accounts/:username/reset-password',
    path: (f) => `/api/v1/admin/accounts/${f.spareAccount}/reset-password`,
    body: () => ({ password: 'mat-khau-moi-dat-lai' }),
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'disable account',
    method: 'POST',
    route: '/api/v1/admin/accounts/:username/disable',
    path: (f) => `/api/v1/admin/accounts/${f.spareAccount}/disable`,
    body: () => ({}),
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'enable account',
    method: 'POST',
    route: '/api/v1/admin/accounts/:username/enable',
    path: (f) => `/api/v1/admin/accounts/${f.spareAccount}/enable`,
    body: () => ({}),
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'end sessions of an account',
    method: 'POST',
    route: '/api/v1/admin/accounts/:username/end-sessions',
    path: (f) => `/api/v1/admin/accounts/${f.spareAccount}/end-sessions`,
    body: () => ({}),
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'list sessions',
    method: 'GET',
    route: '/api/v1/admin/sessions',
    path: () => '/api/v1/admin/sessions',
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'end a session (unknown)',
    method: 'POST',
    route: '/api/v1/admin/sessions/:id/end',
    path: () => '/api/v1/admin/sessions/no-such-session/end',
    body: () => ({}),
    allowed: ADMIN,
    ok: 404,
  },
  {
    name: 'audit log',
    method: 'GET',
    route: '/api/v1/admin/audit',
    path: () => '/api/v1/admin/audit',
    allowed: ADMIN,
    ok: 200,
  },
  {
    name: 'audit CSV',
    method: 'GET',
    route: '/api/v1/admin/audit.csv',
    path: () => '/api/v1/admin/audit.csv',
    allowed: ADMIN,
    ok: 200,
  },
];

/** Routes outside the matrix on purpose: sign-in needs no session; sign-out is tested on its own. */
export const NOT_IN_MATRIX = ['POST /api/v1/admin/login', 'POST /api/v1/admin/logout'];

/** Requests of a commune A official that name commune B (or the province): each must be 403. */
export const OTHER_COMMUNE: [
  where: string,
  method: 'GET' | 'POST',
  path: (f: Fixture) => string,
  body?: (f: Fixture) => unknown,
][] = [
  ['query: team of B', 'GET', () => `/api/v1/admin/team-members?communeId=${B}`],
  ['query: team of A then B', 'GET', () => `/api/v1/admin/team-members?communeId=${A}&communeId=${B}`],
  ['query: overview of B', 'GET', () => `/api/v1/admin/overview?communeId=${B}`],
  ['query: drill-down of B', 'GET', () => `/api/v1/admin/records?communeId=${B}&table=trainingSessions`],
  ['query: dashboard of B', 'GET', () => `/api/v1/admin/dashboard?communeId=${B}`],
  ['query: recognitions of B', 'GET', () => `/api/v1/admin/recognitions?communeId=${B}`],
  ['query: contributions of B', 'GET', () => `/api/v1/admin/contributions?communeId=${B}&by=member`],
  ['query: year report of B', 'GET', () => `/api/v1/admin/reports/2026.xlsx?communeId=${B}`],
  [
    'query: export of B',
    'GET',
    () => `/api/v1/admin/export/trainingSessions.json?communeId=${B}&from=2026-01-01&to=2026-12-31`,
  ],
  [
    'query: drill-down of B, upper case',
    'GET',
    () => `/api/v1/admin/records?communeId=${B.toUpperCase()}&table=helpActivities`,
  ],
  ['query: devices of B', 'GET', () => `/api/v1/admin/devices?communeId=${B}`],
  ['query: codes of B', 'GET', () => `/api/v1/admin/enrolment-codes?communeId=${B}`],
  ['query: units of B', 'GET', () => `/api/v1/admin/catalogs/adminUnits/current?communeId=${B}`],
  [
    'body: member in B',
    'POST',
    () => '/api/v1/admin/team-members',
    () => ({ communeId: B, villageId: null, name: 'Kẻ lạ', role: 'member' }),
  ],
  ['body: code for B', 'POST', () => '/api/v1/admin/enrolment-codes', () => ({ communeId: B })],
  ['body: province code (null)', 'POST', () => '/api/v1/admin/enrolment-codes', () => ({ communeId: null })],
  [
    'body: move my member to B',
    'POST',
    (f) => `/api/v1/admin/team-members/${f.memberA}`,
    () => ({ communeId: B, name: 'X' }),
  ],
  [
    'path: edit member of B',
    'POST',
    (f) => `/api/v1/admin/team-members/${f.memberB}`,
    () => ({ name: 'Đã bị sửa' }),
  ],
  [
    'path: deactivate member of B',
    'POST',
    (f) => `/api/v1/admin/team-members/${f.memberB}/deactivate`,
    () => ({}),
  ],
  [
    'path: reactivate member of B',
    'POST',
    (f) => `/api/v1/admin/team-members/${f.memberB}/reactivate`,
    () => ({}),
  ],
  ['path: revoke device of B', 'POST', (f) => `/api/v1/admin/devices/${f.deviceB}/revoke`, () => ({})],
  [
    'path: withdraw code of B',
    'POST',
    (f) => `/api/v1/admin/enrolment-codes/${f.codeB}/withdraw`,
    () => ({}),
  ],
];
