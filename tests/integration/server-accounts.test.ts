// Web accounts over real HTTP: the province creates a commune official, who must change the password at
// first sign-in; an administrator resets passwords, disables accounts and ends sessions; sessions expire;
// sign-in locks an account after repeated failures (and an address after more); team members are edited,
// reactivated and warned about duplicate names; unused codes are withdrawn; expired rows are pruned.
import { ACCOUNT_API } from '@/protocol/account-messages';
import { pruneExpired } from '@/server/db/prune-expired';
import {
  FIRST_PASSWORD,
  OWN_PASSWORD,
  accountSession,
  createAccount,
  getJson,
  signIn,
} from './support/accounts';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('web accounts on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    let skew = 0;
    const post = <T>(path: string, body: unknown, token = server.adminToken) =>
      postJson<T>(server.url + path, body, { token });
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl, now: () => Date.now() + skew });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });
    beforeEach(async () => {
      skew = 0;
      await server.query('DELETE FROM attempts');
    });

    it('a new commune official must change the password before anything else, then sees who they are', async () => {
      expect((await createAccount(server, 'commune', COMMUNE_A, 'thu.bx')).status).toBe(201);
      const first = await signIn(server, 'thu.bx', FIRST_PASSWORD);
      expect(first.body).toMatchObject({ role: 'commune', communeId: COMMUNE_A, mustChangePassword: true });
      const token = first.body.token;
      const blocked = await getJson(server, '/api/v1/admin/overview', token);
      expect(blocked).toMatchObject({ status: 403, body: { error: 'password_change_required' } });
      const same = await post(
        ACCOUNT_API.password,
        { currentPassword: FIRST_PASSWORD, newPassword: FIRST_PASSWORD },
        token,
      );
      expect(same.status).toBe(400);
      const changed = await post(
        ACCOUNT_API.password,
        { currentPassword: FIRST_PASSWORD, newPassword: OWN_PASSWORD },
        token,
      );
      expect(changed.status).toBe(204);
      const me = await getJson(server, ACCOUNT_API.me, token);
      expect(me.body).toMatchObject({
        username: 'thu.bx',
        role: 'commune',
        communeId: COMMUNE_A,
        communeName: 'Xã Bát Xát (mẫu)',
        mustChangePassword: false,
      });
      expect((await getJson(server, '/api/v1/admin/overview', token)).status).toBe(200);
      expect((await signIn(server, 'thu.bx', FIRST_PASSWORD)).status).toBe(401);
      expect((await signIn(server, 'THU.BX', OWN_PASSWORD)).status).toBe(200);
    });

    it('refuses accounts that make no sense: commune without commune, viewer with one, unknown commune, taken name', async () => {
      const bad = [
        { username: 'a.b.c', password: FIRST_PASSWORD, role: 'commune' },
        { username: 'a.b.c', password: FIRST_PASSWORD, role: 'viewer', communeId: COMMUNE_A },
        { username: 'a.b.c', password: FIRST_PASSWORD, role: 'commune', communeId: 'nowhere' },
        { username: 'a.b.c', password: 'short', role: 'viewer' },
        { username: 'có dấu', password: FIRST_PASSWORD, role: 'viewer' },
        { username: 'admin', password: FIRST_PASSWORD, role: 'viewer' },
      ];
      const statuses = [];
      for (const body of bad) statuses.push((await post(ACCOUNT_API.accounts, body)).status);
      expect(statuses).toEqual([400, 400, 400, 400, 400, 409]);
    });

    it('an administrator resets a password: sessions end, the lock lifts, a change is forced again', async () => {
      const s = await accountSession(server, 'commune', COMMUNE_B);
      for (let i = 0; i < 5; i++)
        expect((await signIn(server, s.username, 'wrong-password')).status).toBe(401);
      expect((await signIn(server, s.username, OWN_PASSWORD)).status).toBe(429);
      const reset = await post(ACCOUNT_API.resetPassword(s.username), { password: 'dat-lai-2026-xx' });
      expect(reset.body).toMatchObject({ mustChangePassword: true, activeSessions: 0 });
      expect((await getJson(server, ACCOUNT_API.me, s.token)).status).toBe(401);
      const again = await signIn(server, s.username, 'dat-lai-2026-xx');
      expect(again.body).toMatchObject({ mustChangePassword: true });
    });

    it('locks an account after 5 failures (even with the right password), other accounts unaffected', async () => {
      const victim = await accountSession(server, 'viewer');
      const other = await accountSession(server, 'viewer');
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await signIn(server, victim.username, `guess-${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      const locked = await signIn(server, victim.username, OWN_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({
        reason: 'errors.tooManyAttempts',
        retryAfterSeconds: expect.any(Number),
      });
      expect((await signIn(server, other.username, OWN_PASSWORD)).status).toBe(200);
      skew = 16 * 60_000; // the lock lasts 15 minutes
      expect((await signIn(server, victim.username, OWN_PASSWORD)).status).toBe(200);
    });

    it('limits one address to 10 failed sign-ins over any accounts', async () => {
      const statuses = [];
      for (let i = 0; i < 11; i++) statuses.push((await signIn(server, `nobody-${i}`, 'guess-guess')).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses[10]).toBe(429);
      expect((await signIn(server, 'admin', 'still-locked-out')).status).toBe(429);
    });

    it('sessions expire after 12 hours, and an administrator sees and ends them', async () => {
      const s = await accountSession(server, 'viewer');
      const list = await getJson<{ sessions: { id: string; username: string; ip: string }[] }>(
        server,
        ACCOUNT_API.sessions,
        server.adminToken,
      );
      const mine = list.body.sessions.find((x) => x.username === s.username);
      expect(mine?.ip).toMatch(/127\.0\.0\.1/);
      expect((await post(ACCOUNT_API.endSession(mine!.id), {})).status).toBe(204);
      expect((await getJson(server, ACCOUNT_API.me, s.token)).status).toBe(401);

      const t = await accountSession(server, 'viewer');
      expect((await post<{ ended: number }>(ACCOUNT_API.endSessions(t.username), {})).body.ended).toBe(1);
      expect((await getJson(server, ACCOUNT_API.me, t.token)).status).toBe(401);

      const u = await accountSession(server, 'viewer');
      skew = 12 * 3_600_000 + 1000;
      expect((await getJson(server, ACCOUNT_API.me, u.token)).status).toBe(401);
    });

    it('a disabled account cannot sign in and its sessions end; enabled again it can; nobody disables themself', async () => {
      const s = await accountSession(server, 'viewer');
      expect((await post(ACCOUNT_API.disable(s.username), {})).body).toMatchObject({ disabled: true });
      expect((await getJson(server, ACCOUNT_API.me, s.token)).status).toBe(401);
      expect((await signIn(server, s.username, OWN_PASSWORD)).status).toBe(401);
      await post(ACCOUNT_API.enable(s.username), {});
      expect((await signIn(server, s.username, OWN_PASSWORD)).status).toBe(200);
      expect((await post(ACCOUNT_API.disable('admin'), {})).status).toBe(409);
    });

    it('the audit log names who changed what, from where, before and after, and exports as CSV', async () => {
      const official = await accountSession(server, 'commune', COMMUNE_A);
      const added = await post<{ id: string }>(
        '/api/v1/admin/team-members',
        { communeId: COMMUNE_A, villageId: null, name: 'Lò Thị Audit', role: 'member' },
        official.token,
      );
      const { body } = await getJson<{ entries: Record<string, unknown>[] }>(
        server,
        ACCOUNT_API.audit,
        server.adminToken,
      );
      expect(body.entries[0]).toMatchObject({
        actor: official.username,
        actorRole: 'commune',
        ip: expect.stringMatching(/127\.0\.0\.1/),
        action: 'teamMember.add',
        target: `teamMember:${added.body.id}`,
        communeId: COMMUNE_A,
        before: null,
        after: { name: 'Lò Thị Audit', active: true },
      });
      expect(body.entries.some((e) => e.action === 'account.create')).toBe(true);
      expect(JSON.stringify(body.entries)).not.toMatch(/scrypt|password_hash|mat-khau/);
      const csv = await getJson<string>(server, ACCOUNT_API.auditCsv, server.adminToken);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(csv.body).toContain('teamMember.add');
      expect(csv.body.split('\r\n')[0]).toContain(
        'id,at,actor,actorRole,ip,action,target,communeId,before,after',
      );
    });

    it('team members are edited and reactivated, with a warning on a duplicate name in the same commune', async () => {
      const official = await accountSession(server, 'commune', COMMUNE_A);
      const add = (name: string, extra = {}) =>
        post<{ id: string; error?: string; duplicates?: { name: string }[] }>(
          '/api/v1/admin/team-members',
          { communeId: COMMUNE_A, villageId: null, name, role: 'member', ...extra },
          official.token,
        );
      const first = await add('Giàng A Páo');
      expect(first.status).toBe(201);
      const dup = await add('  giang a PAO ');
      expect(dup.status).toBe(409);
      expect(dup.body).toMatchObject({ error: 'duplicate_name', duplicates: [{ name: 'Giàng A Páo' }] });
      expect((await add('Giàng A Páo', { allowDuplicate: true })).status).toBe(201);
      // Another commune may have its own Giàng A Páo without a warning.
      const inB = await post('/api/v1/admin/team-members', {
        communeId: COMMUNE_B,
        villageId: null,
        name: 'Giàng A Páo',
        role: 'member',
      });
      expect(inB.status).toBe(201);
      const edited = await post(
        `/api/v1/admin/team-members/${first.body.id}`,
        { name: 'Giàng Seo Páo', villageId: 'sample-bx-son-ha' },
        official.token,
      );
      expect(edited.body).toMatchObject({
        name: 'Giàng Seo Páo',
        villageId: 'sample-bx-son-ha',
        active: true,
      });
      const wrongVillage = await post(
        `/api/v1/admin/team-members/${first.body.id}`,
        { villageId: 'sample-sp-to-1' },
        official.token,
      );
      expect(wrongVillage.status).toBe(400);
      await post(`/api/v1/admin/team-members/${first.body.id}/deactivate`, {}, official.token);
      const back = await post(`/api/v1/admin/team-members/${first.body.id}/reactivate`, {}, official.token);
      expect(back.body).toMatchObject({ active: true });
    });

    it('an unused code is withdrawn and no phone can enrol with it; a used code cannot be withdrawn', async () => {
      const code = await server.enrolmentCode(COMMUNE_A);
      const w = await post<{ withdrawnAt: number }>(ACCOUNT_API.withdrawCode(code), {});
      expect(w.status).toBe(200);
      const enrol = await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code, deviceName: 'x' });
      expect(enrol.body).toMatchObject({ error: 'invalid_code' });
      const used = await server.enrolmentCode(COMMUNE_A);
      expect(
        (await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code: used, deviceName: 'y' })).status,
      ).toBe(200);
      expect((await post(ACCOUNT_API.withdrawCode(used), {})).status).toBe(409);
      const listed = await getJson<{ codes: { code: string; withdrawnAt: number | null }[] }>(
        server,
        '/api/v1/admin/enrolment-codes',
        server.adminToken,
      );
      expect(listed.body.codes.find((c) => c.code === code)?.withdrawnAt).toBe(w.body.withdrawnAt);
    });

    it('prunes expired sessions, dead codes, closed rate-limit windows and old rejections, nothing live', async () => {
      const live = await accountSession(server, 'viewer');
      const now = Date.now();
      await server.query(
        `INSERT INTO admin_sessions (token_hash, username, expires_at, id, created_at, ip) VALUES ('dead', $1, $2, 'dead-session', 0, 'x')`,
        [live.username, now - 1],
      );
      await server.query(
        `INSERT INTO enrolment_codes (code, commune_id, created_at, expires_at) VALUES ('OLDCODE1', $1, 0, 1), ('FRESHCD1', $1, $2, $3)`,
        [COMMUNE_A, now, now + 3_600_000],
      );
      await server.query(
        `INSERT INTO attempts (key, window_start, failures) VALUES ('login:ip:old', 1, 3), ('login:ip:new', $1, 1)`,
        [now],
      );
      const pruned = await pruneExpired(server.db, { now, rejectionsOlderThan: now - 365 * 86_400_000 });
      expect(pruned.sessions).toBeGreaterThanOrEqual(1);
      expect(pruned.codes).toBeGreaterThanOrEqual(1);
      expect(pruned.attempts).toBeGreaterThanOrEqual(1);
      expect((await getJson(server, ACCOUNT_API.me, live.token)).status).toBe(200);
      const codes = await server.query<{ code: string }>(
        `SELECT code FROM enrolment_codes WHERE code IN ('OLDCODE1', 'FRESHCD1')`,
      );
      expect(codes.map((c) => c.code)).toEqual(['FRESHCD1']);
      expect(
        await server.query(`SELECT key FROM attempts WHERE key IN ('login:ip:old', 'login:ip:new')`),
      ).toEqual([{ key: 'login:ip:new' }]);
    });

    it('signing out ends only this session', async () => {
      const s = await accountSession(server, 'viewer');
      const second = await signIn(server, s.username, OWN_PASSWORD);
      expect((await post(ACCOUNT_API.me.replace('/me', '/logout'), {}, s.token)).status).toBe(204);
      expect((await getJson(server, ACCOUNT_API.me, s.token)).status).toBe(401);
      expect((await getJson(server, ACCOUNT_API.me, second.body.token)).status).toBe(200);
    });
  });
});
