// Hostile requests against accounts, roles and commune scope: each gets its 4xx with a reason, and the
// database (accounts, sessions, audit, records, codes…) is unchanged afterwards.
import { ACCOUNT_API } from '@/protocol/account-messages';
import { accountSession, createAccount, FIRST_PASSWORD, signIn } from './support/accounts';
import { BACKENDS, backendTitle } from './support/backends';
import { databaseDigest } from './support/database-digest';
import { hostileAdminRequests } from './support/hostile-admin-requests';
import { COMMUNE_A, Phone, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('hostile requests to accounts and scope on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('more than 30 hostile requests each get their 4xx with a reason and change nothing', async () => {
      const commune = await accountSession(server, 'commune', COMMUNE_A);
      const viewer = await accountSession(server, 'viewer');
      await createAccount(server, 'viewer', null, 'moi.tao');
      const fresh = await signIn(server, 'moi.tao', FIRST_PASSWORD);
      const ended = await accountSession(server, 'viewer');
      await postJson(server.url + ACCOUNT_API.endSessions(ended.username), {}, { token: server.adminToken });
      const disabled = await accountSession(server, 'viewer');
      await postJson(server.url + ACCOUNT_API.disable(disabled.username), {}, { token: server.adminToken });
      const phone = await Phone.enrol(server, COMMUNE_A);
      const cases = hostileAdminRequests(server, {
        commune,
        viewer,
        fresh: { username: 'moi.tao', role: 'viewer', communeId: null, token: fresh.body.token },
        ended: ended.token,
        disabled: disabled.token,
        phoneToken: phone.token,
        memberA: 'sample-member-3',
      });
      expect(cases.length).toBeGreaterThanOrEqual(30);
      const before = await databaseDigest(server);
      const got = [];
      for (const [name, send] of cases) {
        const res = await send();
        got.push({ name, status: res.status });
        expect(res.body, name).toMatchObject({
          error: expect.any(String),
          reason: expect.stringMatching(/^errors\./),
        });
      }
      expect(got).toEqual(cases.map(([name, , expected]) => ({ name, status: expected })));
      expect(await databaseDigest(server)).toEqual(before);
      console.log(`hostile account and scope requests checked: ${cases.length}, database unchanged`);
    });
  });
});
