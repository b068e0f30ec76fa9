// Test support: answers of the scoreboard endpoints (dashboard, contributions, data dictionary) built
// from a few hand-written units, typed by the real contract (src/protocol/admin-messages.ts), for the
// province screens' component tests. Served through stubAdminApi (fake-admin-api.ts).
import type { Activity, ContributionRow, DashboardResponse, DashboardUnit } from '@/protocol/admin-messages';

type Header = DashboardResponse['indicators'][number];
type UnitIndicator = DashboardUnit['indicators'][number];

export const INDICATORS: Header[] = [
  {
    code: 'digital-skills',
    name: {
      vi: 'Tỷ lệ người trưởng thành có kỹ năng số cơ bản đạt từ 90% trở lên',
      en: 'Adults with basic digital skills ≥ 90%',
    },
    planSection: 'Kế hoạch thi đua 2026–2030, mục tiêu đến 2030 (mẫu)',
    target: 0.9,
    targetYear: 2030,
    level: 'village',
    formulaKind: 'countRatio',
    unit: 'share',
  },
  {
    code: 'helpers-per-village',
    name: { vi: 'Người bản số đang hoạt động mỗi thôn', en: 'Active Người bản số per village' },
    planSection: 'Mô hình Người bản số (mẫu)',
    target: null,
    targetYear: 2028,
    level: 'village',
    formulaKind: 'activeHelpersPerVillage',
    unit: 'perVillage',
  },
];

const activity = (n: number): Activity => ({
  sessions: n,
  attendees: n * 20,
  women: n * 10,
  ethnicMinority: n * 12,
  helpActivities: n * 3,
  peopleHelped: n * 5,
  householdsHelped: n * 2,
  criteriaMet: n,
  withPhotos: Math.floor(n / 2),
});

const value = (v: number | null, target: number | null) => ({
  value: v,
  numerator: v === null ? 0 : Math.round(v * 100),
  denominator: v === null ? 0 : 100,
  villagesWithData: v === null ? 0 : 4,
  villages: 5,
  meetsTarget: v === null || target === null ? null : v >= target,
});

/** One unit's indicator: `now` and `before` are the values (share or per village). */
export function measure(code: string, now: number | null, before: number | null): UnitIndicator {
  const target = INDICATORS.find((i) => i.code === code)?.target ?? null;
  return {
    code,
    current: value(now, target),
    previous: value(before, target),
    change: now === null || before === null ? null : now - before,
    gap: now === null || target === null ? null : target - now,
  };
}

export function unit(
  id: string,
  name: string,
  skills: [number | null, number | null],
  helpers: number,
  kind: 'commune' | 'village' = 'commune',
): DashboardUnit {
  return {
    id,
    name,
    kind,
    villages: kind === 'commune' ? 5 : 1,
    indicators: [measure('digital-skills', ...skills), measure('helpers-per-village', helpers, helpers)],
    activity: activity(helpers * 2),
    previousActivity: activity(helpers),
    freshness:
      kind === 'commune'
        ? { devices: 2, lastSyncAt: Date.now() - 3_600_000, silentDevices: helpers > 2 ? 1 : 0 }
        : null,
  };
}

export const COMMUNES: DashboardUnit[] = [
  unit('bat-xat', 'Xã Bát Xát', [0.62, 0.5], 3),
  unit('sa-pa', 'Phường Sa Pa', [0.95, 0.9], 1),
  unit('muong-khuong', 'Xã Mường Khương', [null, null], 2),
];

export function dashboard(
  period: DashboardResponse['period'] = { kind: 'year', from: '2026-01-01', to: '2026-12-31' },
  scope: { communeId: string | null; communeName: string | null } = { communeId: null, communeName: null },
  units: DashboardUnit[] = COMMUNES,
): DashboardResponse {
  const prevFrom = `${Number(period.from.slice(0, 4)) - 1}${period.from.slice(4)}`;
  const prevTo = `${Number(period.to.slice(0, 4)) - 1}${period.to.slice(4)}`;
  return {
    period,
    previousPeriod: { kind: period.kind === 'year' ? 'year' : 'range', from: prevFrom, to: prevTo },
    scope,
    catalogs: {
      indicators: { version: 'sample-2026.1', sample: true, source: 'DỮ LIỆU MẪU — thử nghiệm' },
      criteria: null,
      adminUnits: { version: 'test-1', sample: false, source: '' },
    },
    indicators: INDICATORS,
    total: {
      indicators: [measure('digital-skills', 0.78, 0.7), measure('helpers-per-village', 2, 1.5)],
      activity: activity(12),
      previousActivity: activity(6),
      freshness: { devices: 6, lastSyncAt: Date.now() - 3_600_000, silentDevices: 1 },
    },
    units,
    lagging: {
      communes: [
        {
          unitId: 'bat-xat',
          unitName: 'Xã Bát Xát',
          communeName: 'Xã Bát Xát',
          indicatorCode: 'digital-skills',
          indicatorName: INDICATORS[0]!.name,
          value: 0.62,
          target: 0.9,
          gap: 0.28,
        },
      ],
      villages: [],
    },
    silentAfterDays: 14,
  };
}

export const contributionRow = (
  id: string,
  name: string,
  sessionsLed: number,
  peopleTrained: number,
): ContributionRow => ({
  id,
  name,
  external: false,
  communeName: 'Xã Bát Xát',
  villageName: 'Thôn Suối Chải',
  sessionsLed,
  peopleTrained,
  women: Math.floor(peopleTrained / 2),
  ethnicMinority: 0,
  helpActivities: 0,
  peopleHelped: 0,
  householdsHelped: 0,
  criteriaMet: 0,
});

export const DICTIONARY = {
  tables: [
    {
      table: 'trainingSessions',
      name: { vi: 'Buổi tập huấn', en: 'Training sessions' },
      periodField: 'date',
      columns: [{ name: 'id', type: 'uuid', description: { vi: 'Mã bản ghi' } }],
    },
  ],
};
