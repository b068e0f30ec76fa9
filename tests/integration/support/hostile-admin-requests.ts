// Hostile and malformed requests against the accounts, roles and scope of the admin API, each with the
// status it must get. Used by server-accounts-hostile.test.ts, which also checks nothing was written.
import { ACCOUNT_API } from '@/protocol/account-messages';
import type { Session } from './accounts';
import { COMMUNE_A, COMMUNE_B, postJson, VILLAGE_B } from './sync-client';
import type { TestServer } from './test-server';

export type HostileCase = [
  name: string,
  send: () => Promise<{ status: number; body: unknown }>,
  expected: number,
];

export interface HostileSessions {
  commune: Session;
  viewer: Session;
  /** Signed in but has not changed the first password yet. */
  fresh: Session;
  /** A session an administrator ended. */
  ended: string;
  /** The token of a disabled account's session. */
  disabled: string;
  phoneToken: string;
  memberA: string;
}

export function hostileAdminRequests(server: TestServer, s: HostileSessions): HostileCase[] {
  const url = (path: string) => server.url + path;
  const get =
    (path: string, headers: Record<string, string> = {}) =>
    async () => {
      const res = await fetch(url(path), { headers });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const post = (path: string, body: unknown, token?: string, headers?: Record<string, string>) => () =>
    postJson(url(path), body, { token, headers });
  const admin = server.adminToken;
  const commune = s.commune.token;
  const account = (body: Record<string, unknown>) => post(ACCOUNT_API.accounts, body, admin);
  const pw = 'mat-khau-dau-tien';
  return [
    ['overview with an ended session', get('/api/v1/admin/overview', bearer(s.ended)), 401],
    ['overview with a disabled account', get('/api/v1/admin/overview', bearer(s.disabled)), 401],
    ['overview with a phone token', get('/api/v1/admin/overview', bearer(s.phoneToken)), 401],
    ['token in the query string, not the header', get(`/api/v1/admin/overview?token=${admin}`), 401],
    ['lower-case bearer with junk', get('/api/v1/admin/me', { authorization: 'bearer' }), 401],
    [
      'two tokens in one header',
      get('/api/v1/admin/me', { authorization: `Bearer ${admin} ${commune}` }),
      401,
    ],
    ['a token hash instead of the token', get('/api/v1/admin/me', bearer('a'.repeat(64))), 401],
    ['fresh account reads the overview', get('/api/v1/admin/overview', bearer(s.fresh.token)), 403],
    [
      'fresh account creates a code',
      post('/api/v1/admin/enrolment-codes', { communeId: COMMUNE_A }, s.fresh.token),
      403,
    ],
    [
      'viewer adds a team member',
      post(
        '/api/v1/admin/team-members',
        { communeId: COMMUNE_A, villageId: null, name: 'V', role: 'member' },
        s.viewer.token,
      ),
      403,
    ],
    ['viewer lists enrolment codes', get('/api/v1/admin/enrolment-codes', bearer(s.viewer.token)), 403],
    [
      'viewer creates an account',
      post(ACCOUNT_API.accounts, { username: 'xx.yy', password: pw, role: 'admin' }, s.viewer.token),
      403,
    ],
    [
      'commune official creates an admin',
      post(ACCOUNT_API.accounts, { username: 'xx.zz', password: pw, role: 'admin' }, commune),
      403,
    ],
    [
      'commune official resets the admin password',
      post(ACCOUNT_API.resetPassword('admin'), { password: 'chiem-quyen-2026' }, commune),
      403,
    ],
    ['commune official reads the audit log', get(ACCOUNT_API.audit, bearer(commune)), 403],
    ['commune official exports the audit log', get(ACCOUNT_API.auditCsv, bearer(commune)), 403],
    [
      'commune official publishes a catalog',
      post(
        '/api/v1/admin/catalogs',
        { kind: 'helpKinds', version: 'h1', sample: false, source: '', data: {} },
        commune,
      ),
      403,
    ],
    ['commune official lists sessions', get(ACCOUNT_API.sessions, bearer(commune)), 403],
    ['commune id as a number', post('/api/v1/admin/enrolment-codes', { communeId: 42 }, commune), 403],
    [
      'commune id as an array in the body',
      post(
        '/api/v1/admin/team-members',
        { communeId: [COMMUNE_A, COMMUNE_B], villageId: null, name: 'M', role: 'member' },
        commune,
      ),
      403,
    ],
    [
      'commune id with a trailing space',
      get(`/api/v1/admin/records?communeId=${COMMUNE_A}%20&table=trainingSessions`, bearer(commune)),
      403,
    ],
    [
      'commune id in the query of a POST',
      post(`/api/v1/admin/team-members/${s.memberA}/deactivate?communeId=${COMMUNE_B}`, {}, commune),
      403,
    ],
    [
      'own commune, village of another',
      post(
        '/api/v1/admin/team-members',
        { communeId: COMMUNE_A, villageId: VILLAGE_B, name: 'Lạc', role: 'member' },
        commune,
      ),
      400,
    ],
    ['account: role superuser', account({ username: 'xx.aa', password: pw, role: 'superuser' }), 400],
    [
      'account: commune role without commune',
      account({ username: 'xx.bb', password: pw, role: 'commune' }),
      400,
    ],
    [
      'account: viewer bound to a commune',
      account({ username: 'xx.cc', password: pw, role: 'viewer', communeId: COMMUNE_A }),
      400,
    ],
    [
      'account: unknown commune',
      account({ username: 'xx.dd', password: pw, role: 'commune', communeId: 'nowhere' }),
      400,
    ],
    [
      'account: SQL in the username',
      account({ username: "x'; DROP TABLE admins; --", password: pw, role: 'viewer' }),
      400,
    ],
    ['account: password too short', account({ username: 'xx.ee', password: 'ngan', role: 'viewer' }), 400],
    [
      'account: extra field mustChangePassword',
      account({ username: 'xx.ff', password: pw, role: 'viewer', mustChangePassword: false }),
      400,
    ],
    ['account: name already taken', account({ username: 'admin', password: pw, role: 'viewer' }), 409],
    [
      'reset an unknown account',
      post(ACCOUNT_API.resetPassword('khong-co'), { password: 'mat-khau-moi-1' }, admin),
      404,
    ],
    [
      'reset with a short password',
      post(ACCOUNT_API.resetPassword(s.viewer.username), { password: 'x' }, admin),
      400,
    ],
    ['disable own account', post(ACCOUNT_API.disable('admin'), {}, admin), 409],
    ['end an unknown session', post(ACCOUNT_API.endSession('khong-co'), {}, admin), 404],
    [
      'change password: wrong current',
      post(ACCOUNT_API.password, { currentPassword: 'sai', newPassword: 'mot-mat-khau-moi' }, commune),
      400,
    ],
    [
      'change password: new too short',
      post(ACCOUNT_API.password, { currentPassword: 'x', newPassword: 'ngan' }, commune),
      400,
    ],
    [
      'login: username of 61 characters',
      post('/api/v1/admin/login', { username: 'a'.repeat(61), password: pw }),
      400,
    ],
    ['login: password missing', post('/api/v1/admin/login', { username: 'admin' }), 400],
    ['team edit: unknown member', post(ACCOUNT_API.editTeamMember('khong-co'), { name: 'X' }, admin), 404],
    ['team edit: empty name', post(ACCOUNT_API.editTeamMember(s.memberA), { name: '   ' }, admin), 400],
    [
      'team edit: unknown field',
      post(ACCOUNT_API.editTeamMember(s.memberA), { active: false, deleted: true }, admin),
      400,
    ],
    ['withdraw an unknown code', post(ACCOUNT_API.withdrawCode('KHONGCO2'), {}, admin), 404],
    ['audit page: limit 0', get(`${ACCOUNT_API.audit}?limit=0`, bearer(admin)), 400],
    ['audit page: cursor not a number', get(`${ACCOUNT_API.audit}?before=1;DROP`, bearer(admin)), 400],
  ];
}
