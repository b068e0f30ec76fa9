// The scoreboard endpoints over real HTTP on PGlite and PostgreSQL: the dashboard for a period against
// the sample indicators (Vietnam year edges, previous year, lagging units, freshness, names never codes),
// one commune's scope, refusals (401, 400, 404), and contributions per member, Người bản số, village, commune.
import { REPORTS_API, type DashboardResponse, type ContributionRow } from '@/protocol/admin-messages';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, trainingFields, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const VILLAGE_A2 = 'sample-bx-son-ha';

async function get<T>(server: TestServer, path: string, token: string | null = server.adminToken) {
  const res = await fetch(server.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as T };
}

describe.each(BACKENDS)('scoreboard on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      const phone = await Phone.enrol(server, COMMUNE_A);
      const count = (code: string, value: number) =>
        phone.mutation('villageCounts', `${VILLAGE_A}:${code}`, {
          villageId: VILLAGE_A,
          code,
          value,
          countedOn: '2026-11-01',
        });
      const session = (date: string, total: number, trainers: string[], photos: string[] = []) =>
        phone.newTraining({
          date,
          photos,
          topics: ['safety'],
          trainers,
          attendees: { total, women: 10, ethnicMinority: total - 5, ageBands: {} },
        });
      const res = await phone.sync([
        count('adults', 100),
        count('adults-digital-skills', 95),
        count('adults-vneid', 80),
        count('households', 50),
        count('households-fibre', 40),
        session('2026-12-31', 30, ['sample-member-1', 'Giàng Seo Phử'], ['b'.repeat(64)]), // 31/12 in Vietnam: 2026
        session('2027-01-01', 40, ['Lý Thị Mai (mẫu)']), // the next day: 2027
        session('2025-12-31', 20, ['sample-member-1']), // the previous year, before the plan
        phone.mutation('banSoHelpers', 'helper-1', {
          villageId: VILLAGE_A,
          name: 'Sùng Thị Dua',
          phone: '',
          notes: '',
          active: true,
        }),
        phone.mutation('helpActivities', 'help-1', {
          villageId: VILLAGE_A,
          helperId: 'helper-1',
          date: '2026-06-02',
          kind: 'vneid',
          peopleHelped: 3,
          householdsHelped: 2,
          notes: '',
        }),
        phone.mutation('checklistProgress', `${VILLAGE_A}:team`, {
          villageId: VILLAGE_A,
          criterionCode: 'team',
          criteriaVersion: 'sample-2026.1',
          status: 'met',
          numerator: null,
          denominator: null,
          note: '',
          assessedBy: 'sample-member-2',
          assessedOn: '2026-10-10',
        }),
        phone.mutation('trainingSessions', 'deleted-session', {
          ...trainingFields(VILLAGE_A2),
          date: '2026-03-03',
        }),
      ]);
      expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
      expect(
        (await phone.sync([phone.mutation('trainingSessions', 'deleted-session', { deleted: true })])).status,
      ).toBe(200);
      await Phone.enrol(server, COMMUNE_B); // a phone that never synced: silent
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('scores the province year against the plan targets, with Vietnam year edges and names, not codes', async () => {
      const { status, body } = await get<DashboardResponse>(server, `${REPORTS_API.dashboard}?period=2026`);
      expect(status).toBe(200);
      expect(body.period).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
      expect(body.previousPeriod.from).toBe('2025-01-01');
      expect(body.catalogs.indicators?.sample).toBe(true);
      expect(body.total.activity).toEqual({
        sessions: 1,
        attendees: 30,
        women: 10,
        ethnicMinority: 25,
        helpActivities: 1,
        peopleHelped: 3,
        householdsHelped: 2,
        criteriaMet: 1,
        withPhotos: 1, // the session of 31/12 names a photo
      });
      expect(body.total.previousActivity.sessions).toBe(1);
      const total = Object.fromEntries(body.total.indicators.map((i) => [i.code, i]));
      expect(total['digital-skills']?.current).toMatchObject({
        value: 0.95,
        meetsTarget: true,
        villagesWithData: 1,
      });
      expect(total['vneid']?.current).toMatchObject({ value: 0.8, meetsTarget: false });
      expect(total['broadband-villages']?.current).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
      expect(total['information-safety']?.current.value).toBeCloseTo(0.3, 10); // 30 trained since 05/2026 ÷ 100 adults
      expect(total['information-safety']?.previous.value).toBeNull(); // 2025 is before the plan
      expect(total['information-safety']?.change).toBeNull();
      expect(total['ecommerce']?.current.value).toBeNull(); // never counted: no data, not 0 %
      expect(body.units.map((u) => u.name).sort()).toEqual(['Phường Sa Pa (mẫu)', 'Xã Bát Xát (mẫu)']);
      expect(body.units.every((u) => u.kind === 'commune' && u.name !== u.id)).toBe(true);
      const vneidLagging = body.lagging.villages.filter((l) => l.indicatorCode === 'vneid');
      expect(vneidLagging).toEqual([
        expect.objectContaining({
          unitName: 'Thôn Suối Chải',
          communeName: 'Xã Bát Xát (mẫu)',
          value: 0.8,
          target: 0.9,
        }),
      ]);
      expect(vneidLagging[0]?.gap).toBeCloseTo(0.1, 10);
      expect(
        body.lagging.communes.some((l) => l.unitName === 'Xã Bát Xát (mẫu)' && l.indicatorCode === 'vneid'),
      ).toBe(true);
      const freshness = Object.fromEntries(body.units.map((u) => [u.id, u.freshness]));
      expect(freshness[COMMUNE_A]).toMatchObject({ devices: 1, silentDevices: 0 });
      expect(freshness[COMMUNE_A]?.lastSyncAt).toEqual(expect.any(Number));
      expect(freshness[COMMUNE_B]).toMatchObject({ devices: 1, silentDevices: 1, lastSyncAt: null });
    });

    it('flags a phone silent for more than 14 days', async () => {
      await server.query(`UPDATE devices SET last_sync_at = $1 WHERE commune_id = $2`, [
        Date.now() - 15 * 24 * 3600 * 1000,
        COMMUNE_A,
      ]);
      const { body } = await get<DashboardResponse>(server, `${REPORTS_API.dashboard}?period=2026`);
      expect(body.units.find((u) => u.id === COMMUNE_A)?.freshness?.silentDevices).toBe(1);
      await server.query(`UPDATE devices SET last_sync_at = $1 WHERE commune_id = $2`, [
        Date.now(),
        COMMUNE_A,
      ]);
    });

    it('puts 01/01/2027 in 2027 and compares it with 2026', async () => {
      const { body } = await get<DashboardResponse>(server, `${REPORTS_API.dashboard}?period=2027`);
      expect(body.total.activity.sessions).toBe(1);
      expect(body.total.activity.attendees).toBe(40);
      expect(body.total.previousActivity.attendees).toBe(30);
      const safety = body.total.indicators.find((i) => i.code === 'information-safety')!;
      expect(safety.current.value).toBeCloseTo(0.7, 10); // 30 + 40 since the plan's start
      expect(safety.change).toBeCloseTo(0.4, 10);
    });

    it('sums a custom range from day totals at its ragged edges', async () => {
      const { body } = await get<DashboardResponse>(
        server,
        `${REPORTS_API.dashboard}?period=2026-12-31..2027-01-01`,
      );
      expect(body.total.activity.attendees).toBe(70);
      const none = await get<DashboardResponse>(
        server,
        `${REPORTS_API.dashboard}?period=2026-07-01..2026-12-30`,
      );
      expect(none.body.total.activity.sessions).toBe(0);
      expect(none.body.total.activity.criteriaMet).toBe(1);
    });

    it('narrows to one commune: its villages only, no other commune', async () => {
      const { status, body } = await get<DashboardResponse>(
        server,
        `${REPORTS_API.dashboard}?period=2026&communeId=${COMMUNE_A}`,
      );
      expect(status).toBe(200);
      expect(body.scope).toEqual({ communeId: COMMUNE_A, communeName: 'Xã Bát Xát (mẫu)' });
      expect(body.units.every((u) => u.kind === 'village')).toBe(true);
      expect(body.units.map((u) => u.name)).toContain('Thôn Suối Chải');
      expect(body.units.map((u) => u.id)).not.toContain('sample-sp-to-1');
      expect(body.lagging.communes).toEqual([]);
      expect(body.total.freshness.devices).toBe(1);
    });

    it('refuses without a session (401), a bad period (400) and an unknown commune (404)', async () => {
      expect((await get(server, `${REPORTS_API.dashboard}?period=2026`, null)).status).toBe(401);
      expect((await get(server, `${REPORTS_API.dashboard}?period=phase9`)).status).toBe(400);
      expect((await get(server, `${REPORTS_API.dashboard}?period=2026-02-30..2026-03-01`)).status).toBe(400);
      expect((await get(server, `${REPORTS_API.dashboard}?communeId=nowhere`)).status).toBe(404);
      expect((await get(server, `${REPORTS_API.contributions}?by=nobody`)).status).toBe(400);
    });

    it('tallies contributions per team member (outside trainers by name), Người bản số, village and commune', async () => {
      const rows = async (by: string, period = '2026') =>
        (
          await get<{ rows: ContributionRow[] }>(
            server,
            `${REPORTS_API.contributions}?period=${period}&by=${by}`,
          )
        ).body.rows;
      const members = await rows('member');
      const byName = Object.fromEntries(members.map((m) => [m.name, m]));
      expect(byName['Vàng A Sử (mẫu)']).toMatchObject({
        sessionsLed: 1,
        peopleTrained: 30,
        women: 10,
        external: false,
      });
      expect(byName['Lý Thị Mai (mẫu)']).toMatchObject({ sessionsLed: 0, criteriaMet: 1 });
      expect(byName['Giàng Seo Phử']).toMatchObject({
        sessionsLed: 1,
        external: true,
        communeName: 'Xã Bát Xát (mẫu)',
      });
      const mai2027 = (await rows('member', '2027')).find((m) => m.name === 'Lý Thị Mai (mẫu)');
      expect(mai2027).toMatchObject({ sessionsLed: 1, peopleTrained: 40 }); // typed by name, counted as the member
      expect(await rows('helper')).toEqual([
        expect.objectContaining({
          name: 'Sùng Thị Dua',
          villageName: 'Thôn Suối Chải',
          helpActivities: 1,
          householdsHelped: 2,
        }),
      ]);
      const villages = await rows('village');
      expect(villages.find((v) => v.name === 'Thôn Suối Chải')).toMatchObject({
        sessionsLed: 1,
        helpActivities: 1,
        criteriaMet: 1,
      });
      expect(villages.find((v) => v.name === 'Thôn Sơn Hà')).toMatchObject({ sessionsLed: 0 }); // its only session was deleted
      const communes = await rows('commune');
      expect(communes.map((c) => c.name).sort()).toEqual(['Phường Sa Pa (mẫu)', 'Xã Bát Xát (mẫu)']);
    });

    // Last: it recounts, which the tests above must not see.
    it('reads each year with the counts of its own time: a recount in 2027 leaves 2026 as it was', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const res = await phone.sync([
        phone.mutation('villageCounts', `${VILLAGE_A}:adults-vneid`, {
          villageId: VILLAGE_A,
          code: 'adults-vneid',
          value: 92,
          countedOn: '2027-03-01',
        }),
      ]);
      expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
      const year = async (y: number) => {
        const { body } = await get<DashboardResponse>(server, `${REPORTS_API.dashboard}?period=${y}`);
        return Object.fromEntries(body.total.indicators.map((i) => [i.code, i]));
      };
      const [y2026, y2027] = [await year(2026), await year(2027)];
      expect(y2026['vneid']?.current.value).toBeCloseTo(0.8);
      expect(y2027['vneid']?.current.value).toBeCloseTo(0.92);
      expect(y2027['vneid']?.previous.value).toBeCloseTo(0.8);
      expect(y2027['vneid']?.change).toBeCloseTo(0.12);
    });
  });
});
