// The province (or one commune's) dashboard for a period: every unit against every indicator and its
// target, the change against the previous year, activity, data freshness and the lagging units. Indicators
// are computed by src/domain/indicators.ts from the report totals; names come from the catalogs.
import type { Indicator } from '@/domain/catalog';
import {
  changeAgainst,
  computeIndicator,
  targetGap,
  type IndicatorValue,
  type VillageFacts,
} from '@/domain/indicators';
import { addDays, PLAN_START, periodBoundsMs, previousYearPeriod, type Period } from '@/domain/periods';
import {
  SILENT_AFTER_DAYS,
  type Activity,
  type DashboardResponse,
  type DashboardUnit,
} from '@/protocol/admin-messages';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { deviceFreshness, type DeviceFreshness } from './period-totals';
import { recognisedVillages } from './recognised-villages';
import type { ReportScope } from './report-scope';
import { buildVillageFacts, emptyActivity, indicatorNeeds, sumActivities } from './village-facts';
import {
  activeHelpers,
  addedTrained,
  villagePeriod,
  villageStateAsOf,
  type VillagePeriod,
} from './village-totals';

const DAY_MS = 24 * 60 * 60 * 1000;
const LAGGING_PER_INDICATOR = 50;

type UnitIndicator = DashboardUnit['indicators'][number];
type Lagging = DashboardResponse['lagging']['villages'][number];

/** Every indicator has a previous-year value — counts and criteria as they were then (migration 011),
 * recognitions by then — except active Người bản số, whose records carry no date, and a from-the-plan's-
 * start indicator for a comparison period ending before the plan began. */
const hasPrevious = (i: Indicator, previous: Period) =>
  i.formula.kind === 'trainedShare'
    ? i.formula.window === 'period' || previous.to >= PLAN_START
    : i.formula.kind !== 'activeHelpersPerVillage';
const noData = (villages: number): IndicatorValue => ({
  value: null,
  numerator: 0,
  denominator: 0,
  villagesWithData: 0,
  villages,
  meetsTarget: null,
});

function unitIndicators(
  indicators: readonly Indicator[],
  current: readonly VillageFacts[],
  previous: readonly VillageFacts[],
  previousPeriod: Period,
): UnitIndicator[] {
  return indicators.map((ind) => {
    const now = computeIndicator(ind, current);
    const before = hasPrevious(ind, previousPeriod)
      ? computeIndicator(ind, previous)
      : noData(current.length);
    return {
      code: ind.code,
      current: now,
      previous: before,
      change: changeAgainst(now, before),
      gap: targetGap(ind, now),
    };
  });
}

export interface DashboardInput {
  scope: ReportScope;
  period: Period;
  now: number;
}

/** Everything the dashboard and the workbook share: facts per village for the period and the previous year. */
export async function loadScoreboard(db: Queryable, { scope, period, now }: DashboardInput) {
  const [units, criteria, indicatorCatalog] = await Promise.all([
    currentCatalog(db, 'adminUnits'),
    currentCatalog(db, 'criteria'),
    currentCatalog(db, 'indicators'),
  ]);
  const indicators = indicatorCatalog?.data.indicators ?? [];
  const needs = indicatorNeeds(indicators);
  const previous = previousYearPeriod(period);
  const communes = (units?.data.communes ?? []).filter(
    (c) => scope.communeId === null || c.id === scope.communeId,
  );
  const villages = (units?.data.villages ?? []).filter(
    (v) => scope.communeId === null || v.communeId === scope.communeId,
  );
  const inPeriod = (p: Period, topics: readonly string[]) =>
    villagePeriod(db, { period: p, communeId: scope.communeId, activity: true, topics });
  const toDate = async (p: Period) =>
    needs.toDateTopics.length === 0 || p.to < PLAN_START
      ? new Map<string, VillagePeriod>()
      : villagePeriod(db, {
          period: { kind: 'range', from: PLAN_START, to: p.to },
          communeId: scope.communeId,
          activity: false,
          topics: needs.toDateTopics,
        });
  // A year that follows its previous year within the plan: its plan-to-date attendances are the previous
  // year's plus its own, so the period's read carries those topics too and one read of the totals is saved.
  const joined = addDays(previous.to, 1) === period.from && previous.to >= PLAN_START;
  const periodTopics = joined
    ? [...new Set([...needs.periodTopics, ...needs.toDateTopics])]
    : needs.periodTopics;
  const version = criteria?.version ?? '';
  const criterionKeys = needs.criterionCodes.map((c) => `${version}|${c}`);
  // Counts and criteria as they stood at the end of each period; active Người bản số as they are now.
  const asOf = (p: Period) =>
    villageStateAsOf(db, {
      communeId: scope.communeId,
      countCodes: needs.countCodes,
      criterionKeys,
      day: p.to,
    });
  // Thôn số recognitions confirmed by the end of each period (a village recognised later counts later).
  const recognisedBy = async (p: Period) =>
    new Set(
      (
        await recognisedVillages(db, {
          communeId: scope.communeId ?? undefined,
          until: periodBoundsMs(p).endMs - 1,
        })
      ).map((r) => r.villageId),
    );
  const [
    nowPeriod,
    prevPeriod,
    nowToDate,
    prevToDate,
    helpers,
    nowState,
    prevState,
    devices,
    recognised,
    recognisedBefore,
  ] = await Promise.all([
    inPeriod(period, periodTopics),
    inPeriod(previous, needs.periodTopics),
    joined ? Promise.resolve(null) : toDate(period),
    toDate(previous),
    activeHelpers(db, scope.communeId),
    asOf(period),
    asOf(previous),
    deviceFreshness(db, scope.communeId, now - SILENT_AFTER_DAYS * DAY_MS),
    recognisedBy(period),
    recognisedBy(previous),
  ]);
  const ids = villages.map((v) => v.id);
  const activity = (f: ReadonlyMap<string, VillagePeriod>) =>
    new Map<string, Activity>(ids.map((id) => [id, f.get(id)?.activity ?? emptyActivity()]));
  const toDateTrained = (m: ReadonlyMap<string, VillagePeriod>) =>
    new Map([...m].map(([id, v]) => [id, v.trained]));
  return {
    catalogs: { units, criteria, indicators: indicatorCatalog },
    indicators,
    period,
    previous,
    communes,
    villages,
    facts: buildVillageFacts(ids, {
      states: nowState,
      helpers,
      inPeriod: nowPeriod,
      toDate: nowToDate ? toDateTrained(nowToDate) : addedTrained(prevToDate, nowPeriod, needs.toDateTopics),
      recognised,
    }),
    previousFacts: buildVillageFacts(ids, {
      states: prevState,
      helpers: null,
      inPeriod: prevPeriod,
      toDate: toDateTrained(prevToDate),
      recognised: recognisedBefore,
    }),
    activity: activity(nowPeriod),
    previousActivity: activity(prevPeriod),
    devices: new Map<string, DeviceFreshness>(devices.map((d) => [d.communeId, d])),
  };
}
export type Scoreboard = Awaited<ReturnType<typeof loadScoreboard>>;

const ref = (c: { version: string; sample: boolean; source: string } | undefined) =>
  c ? { version: c.version, sample: c.sample, source: c.source } : null;

function freshness(list: (DeviceFreshness | undefined)[]) {
  const present = list.filter((d): d is DeviceFreshness => d !== undefined);
  const last = present.map((d) => d.lastSyncAt).filter((t): t is number => t !== null);
  return {
    devices: present.reduce((s, d) => s + d.devices, 0),
    lastSyncAt: last.length > 0 ? Math.max(...last) : null,
    silentDevices: present.reduce((s, d) => s + d.silentDevices, 0),
  };
}

/** A unit's current value of each indicator (null where it is not computed: no target to lag behind). */
interface Standing {
  id: string;
  name: string;
  communeName: string;
  current: readonly (IndicatorValue | null)[];
}

function lagging(indicators: readonly Indicator[], units: readonly Standing[]): Lagging[] {
  const out: Lagging[] = [];
  for (const [i, ind] of indicators.entries()) {
    if (ind.target === null) continue;
    const target = ind.target;
    const behind: { u: Standing; value: number }[] = [];
    for (const u of units) {
      const v = u.current[i];
      if (v?.meetsTarget === false && v.value !== null) behind.push({ u, value: v.value });
    }
    behind.sort((x, y) => x.value - y.value);
    for (const { u, value } of behind.slice(0, LAGGING_PER_INDICATOR))
      out.push({
        unitId: u.id,
        unitName: u.name,
        communeName: u.communeName,
        indicatorCode: ind.code,
        indicatorName: ind.name,
        value,
        target,
        gap: target - value,
      });
  }
  return out;
}

export function dashboardFrom(board: Scoreboard, scope: ReportScope): DashboardResponse {
  const { indicators, facts, previousFacts } = board;
  const communeName = new Map(board.communes.map((c) => [c.id, c.name]));
  const factsOf = (ids: string[], m: Map<string, VillageFacts>) => ids.map((id) => m.get(id)!);
  // Province scope: villages only feed the lagging list, so only their current value of each indicator
  // with a target is computed (3,000 villages × every indicator × two years would be most of the time).
  const villageUnits =
    scope.communeId === null
      ? []
      : board.villages.map((v) => ({
          id: v.id,
          name: v.name,
          values: unitIndicators(indicators, [facts.get(v.id)!], [previousFacts.get(v.id)!], board.previous),
        }));
  const villageStandings: Standing[] =
    scope.communeId === null
      ? board.villages.map((v) => {
          const own = [facts.get(v.id)!];
          return {
            id: v.id,
            name: v.name,
            communeName: communeName.get(v.communeId) ?? '',
            current: indicators.map((ind) => (ind.target === null ? null : computeIndicator(ind, own))),
          };
        })
      : villageUnits.map((v) => ({
          id: v.id,
          name: v.name,
          communeName: communeName.get(scope.communeId ?? '') ?? '',
          current: v.values.map((x) => x.current),
        }));
  const byCommune = new Map<string, string[]>();
  for (const v of board.villages) {
    const ids = byCommune.get(v.communeId);
    if (ids) ids.push(v.id);
    else byCommune.set(v.communeId, [v.id]);
  }
  const villagesOf = (communeId: string) => byCommune.get(communeId) ?? [];
  const communeUnits: DashboardUnit[] = board.communes.map((c) => {
    const ids = villagesOf(c.id);
    return {
      id: c.id,
      name: c.name,
      kind: 'commune',
      villages: ids.length,
      indicators: unitIndicators(
        indicators,
        factsOf(ids, facts),
        factsOf(ids, previousFacts),
        board.previous,
      ),
      activity: sumActivities(ids.map((id) => board.activity.get(id)!)),
      previousActivity: sumActivities(ids.map((id) => board.previousActivity.get(id)!)),
      freshness: freshness([board.devices.get(c.id)]),
    };
  });
  const units: DashboardUnit[] =
    scope.communeId === null
      ? communeUnits
      : villageUnits.map((v) => ({
          id: v.id,
          name: v.name,
          kind: 'village',
          villages: 1,
          indicators: v.values,
          activity: board.activity.get(v.id)!,
          previousActivity: board.previousActivity.get(v.id)!,
          freshness: null,
        }));
  const allIds = board.villages.map((v) => v.id);
  return {
    period: board.period,
    previousPeriod: board.previous,
    scope: {
      communeId: scope.communeId,
      communeName: scope.communeId ? (communeName.get(scope.communeId) ?? null) : null,
    },
    catalogs: {
      indicators: ref(board.catalogs.indicators),
      criteria: ref(board.catalogs.criteria),
      adminUnits: ref(board.catalogs.units),
    },
    indicators: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      planSection: i.planSection,
      target: i.target,
      targetYear: i.targetYear,
      level: i.level,
      formulaKind: i.formula.kind,
      unit: i.formula.kind === 'activeHelpersPerVillage' ? 'perVillage' : 'share',
    })),
    total: {
      indicators: unitIndicators(
        indicators,
        factsOf(allIds, facts),
        factsOf(allIds, previousFacts),
        board.previous,
      ),
      activity: sumActivities([...board.activity.values()]),
      previousActivity: sumActivities([...board.previousActivity.values()]),
      freshness: freshness(board.communes.map((c) => board.devices.get(c.id))),
    },
    units,
    lagging: {
      communes:
        scope.communeId === null
          ? lagging(
              indicators,
              communeUnits.map((c) => ({
                id: c.id,
                name: c.name,
                communeName: c.name,
                current: c.indicators.map((x) => x.current),
              })),
            )
          : [],
      villages: lagging(indicators, villageStandings),
    },
    silentAfterDays: SILENT_AFTER_DAYS,
  };
}
