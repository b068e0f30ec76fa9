// Two safety properties of administration. The audit row and the change it describes commit together: a
// change refused halfway leaves no audit row, and an audit row that cannot be written undoes the change.
// The sign-in and enrolment limits hold under parallel requests: a burst of wrong guesses sent at once
// gets exactly the limit of answers that checked a secret, and every other one 429.
import { ACCOUNT_API } from '@/protocol/account-messages';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from '@/server/auth/attempts';
import { accountSession, createAccount, getJson, signIn } from './support/accounts';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const auditCount = async (server: TestServer) =>
  (await server.query<{ n: number }>('SELECT count(*)::float8 AS n FROM admin_audit'))[0]?.n ?? 0;

describe.each(BACKENDS)('audit in the same transaction, and race-free limits, on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });
    beforeEach(async () => {
      await server.query('DELETE FROM attempts');
    });

    it('a change that fails inside its transaction leaves no audit row (a taken username, a used code)', async () => {
      await createAccount(server, 'viewer', null, 'da.co');
      const code = await server.enrolmentCode(COMMUNE_A);
      await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code, deviceName: 'p' });
      const before = await auditCount(server);
      expect((await createAccount(server, 'viewer', null, 'da.co')).status).toBe(409);
      expect(await auditCount(server)).toBe(before);
      expect(
        (await postJson(`${server.url}${ACCOUNT_API.withdrawCode(code)}`, {}, { token: server.adminToken }))
          .status,
      ).toBe(409);
      expect(await auditCount(server)).toBe(before);
    });

    it('an audit row that cannot be written undoes the change it describes', async () => {
      // Fault injection: every new audit row now violates a constraint.
      await server.query('ALTER TABLE admin_audit ADD CONSTRAINT audit_refuses CHECK (false) NOT VALID');
      try {
        const before = await auditCount(server);
        const account = await createAccount(server, 'viewer', null, 'khong.ghi.nhat.ky');
        expect(account.status).toBe(500);
        expect(await server.query(`SELECT 1 FROM admins WHERE username = 'khong.ghi.nhat.ky'`)).toEqual([]);
        const member = await postJson(
          `${server.url}/api/v1/admin/team-members`,
          { communeId: COMMUNE_A, villageId: null, name: 'Không ghi nhật ký', role: 'member' },
          { token: server.adminToken },
        );
        expect(member.status).toBe(500);
        expect(await server.query(`SELECT 1 FROM records WHERE data->>'name' = 'Không ghi nhật ký'`)).toEqual(
          [],
        );
        expect(await auditCount(server)).toBe(before);
      } finally {
        await server.query('ALTER TABLE admin_audit DROP CONSTRAINT audit_refuses');
      }
      const ok = await createAccount(server, 'viewer', null, 'khong.ghi.nhat.ky');
      expect(ok.status).toBe(201);
      const [last] = await server.query<{ action: string; target: string }>(
        'SELECT action, target FROM admin_audit ORDER BY id DESC LIMIT 1',
      );
      expect(last).toEqual({ action: 'account.create', target: 'account:khong.ghi.nhat.ky' });
    });

    it('pages the audit log newest first by number, across a power of ten', async () => {
      for (let i = 0; i < 12; i++) await createAccount(server, 'viewer', null, `trang.${i}`);
      const seen: number[] = [];
      let next: string | null = null;
      do {
        const q: string = next ? `?limit=5&before=${next}` : '?limit=5';
        const page = await getJson<{ entries: { id: string }[]; next: string | null }>(
          server,
          ACCOUNT_API.audit + q,
          server.adminToken,
        );
        seen.push(...page.body.entries.map((e) => Number(e.id)));
        next = page.body.next;
      } while (next !== null);
      expect(seen).toEqual([...seen].sort((a, b) => b - a));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(await auditCount(server));
    });

    it('30 parallel wrong passwords for one account: exactly 5 are checked, 25 refused 429', async () => {
      const s = await accountSession(server, 'viewer');
      await server.query('DELETE FROM attempts');
      const replies = await Promise.all(
        Array.from({ length: 30 }, (_, i) => signIn(server, s.username, `wrong-guess-${i}`)),
      );
      const statuses = replies.map((r) => r.status).sort();
      expect(statuses.filter((x) => x === 401).length).toBe(ACCOUNT_LIMIT.max);
      expect(statuses.filter((x) => x === 429).length).toBe(30 - ACCOUNT_LIMIT.max);
    });

    it('30 parallel wrong enrolment codes from one address: exactly 10 are tried, 20 refused 429', async () => {
      const replies = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code: `WRONG${String(i).padStart(3, '0')}` }),
        ),
      );
      const statuses = replies.map((r) => r.status);
      expect(statuses.filter((x) => x === 400).length).toBe(ADDRESS_LIMIT.max);
      expect(statuses.filter((x) => x === 429).length).toBe(30 - ADDRESS_LIMIT.max);
    });
  });
});
