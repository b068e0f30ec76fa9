// The plan's indicators computed from village facts: one pure function used by the server's dashboard and
// workbook and by the phone's commune view, so both show the same figure from the same data. A missing
// count or a zero denominator is "no data" (value null), never 0 % and never a crash.
import type { Indicator, IndicatorFormula } from './catalog';

/** What is known about one village for a period; the caller gathers it (server totals or phone records). */
export interface VillageFacts {
  villageId: string;
  /** Latest value of each village count (households, adults, adults-vneid…); absent = never counted. */
  counts: Readonly<Record<string, number>>;
  /** Criterion codes whose latest status is "đạt" (met). */
  criteriaMet: readonly string[];
  /** Recognised as Thôn số by the province. */
  recognised: boolean;
  /** Active Người bản số of the village. */
  activeHelpers: number;
  /** Attendances of training sessions per topic code, within the period. */
  trainedInPeriod: Readonly<Record<string, number>>;
  /** The same from the plan's start (PLAN_START) to the period's end. */
  trainedToDate: Readonly<Record<string, number>>;
}

export function emptyVillageFacts(villageId: string): VillageFacts {
  return {
    villageId,
    counts: {},
    criteriaMet: [],
    recognised: false,
    activeHelpers: 0,
    trainedInPeriod: {},
    trainedToDate: {},
  };
}

export interface IndicatorValue {
  /** The ratio (0–1 share, or people per village); null = no data. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Villages that contributed data, out of `villages`. */
  villagesWithData: number;
  villages: number;
  /** null while there is no data or no target. */
  meetsTarget: boolean | null;
}

function ratio(numerator: number, denominator: number, withData: number, villages: number): IndicatorValue {
  return {
    value: denominator > 0 ? numerator / denominator : null,
    numerator,
    denominator,
    villagesWithData: withData,
    villages,
    meetsTarget: null, // set by computeIndicator, which knows the target
  };
}

// Counted in loops, not filter(): the province dashboard evaluates every indicator for ~3,000 villages.
function countWhere(villages: readonly VillageFacts[], test: (v: VillageFacts) => boolean): number {
  let n = 0;
  for (const v of villages) if (test(v)) n++;
  return n;
}

function evaluate(formula: IndicatorFormula, villages: readonly VillageFacts[]) {
  const n = villages.length;
  switch (formula.kind) {
    case 'countRatio': {
      let num = 0;
      let den = 0;
      let withData = 0;
      for (const v of villages) {
        const a = v.counts[formula.numerator];
        const b = v.counts[formula.denominator];
        if (a === undefined || b === undefined || b <= 0) continue;
        num += a;
        den += b;
        withData++;
      }
      return ratio(num, den, withData, n);
    }
    case 'villagesWithCount': {
      let counted = 0;
      let meeting = 0;
      for (const v of villages) {
        const c = v.counts[formula.count];
        if (c === undefined) continue;
        counted++;
        if (c >= formula.atLeast) meeting++;
      }
      return ratio(meeting, counted, counted, n);
    }
    case 'villagesMeetingCriterion':
      return ratio(
        countWhere(villages, (v) => v.criteriaMet.includes(formula.criterion)),
        n,
        n,
        n,
      );
    case 'villagesRecognised':
      return ratio(
        countWhere(villages, (v) => v.recognised),
        n,
        n,
        n,
      );
    case 'activeHelpersPerVillage':
      return ratio(
        villages.reduce((s, v) => s + v.activeHelpers, 0),
        n,
        n,
        n,
      );
    case 'trainedShare': {
      let num = 0;
      let den = 0;
      let withData = 0;
      for (const v of villages) {
        const b = v.counts[formula.denominator];
        if (b === undefined || b <= 0) continue;
        const trained = formula.window === 'period' ? v.trainedInPeriod : v.trainedToDate;
        num += trained[formula.topic] ?? 0;
        den += b;
        withData++;
      }
      return ratio(num, den, withData, n);
    }
  }
}

/** The indicator over a set of villages (one village, a commune's, or the province's). */
export function computeIndicator(indicator: Indicator, villages: readonly VillageFacts[]): IndicatorValue {
  const r = evaluate(indicator.formula, villages);
  r.meetsTarget = r.value === null || indicator.target === null ? null : r.value >= indicator.target - 1e-9;
  return r;
}

/** How far below target (positive) or above it (negative); null without data or target. */
export function targetGap(indicator: Indicator, value: IndicatorValue): number | null {
  return value.value === null || indicator.target === null ? null : indicator.target - value.value;
}

/** Change against the comparison period (value − previous); null unless both have data. */
export function changeAgainst(current: IndicatorValue, previous: IndicatorValue | null): number | null {
  return current.value === null || previous?.value == null ? null : current.value - previous.value;
}

/** Whether the indicator is computed for a unit of this level (a province-level one is not shown per commune). */
export function appliesAt(indicator: Indicator, level: Indicator['level']): boolean {
  const order = { village: 0, commune: 1, province: 2 } as const;
  return order[indicator.level] <= order[level];
}

/** Village counts an indicator reads (for checking a catalog against the criteria catalog's counts). */
export function countsRead(formula: IndicatorFormula): string[] {
  switch (formula.kind) {
    case 'countRatio':
      return [formula.numerator, formula.denominator];
    case 'villagesWithCount':
      return [formula.count];
    case 'trainedShare':
      return [formula.denominator];
    default:
      return [];
  }
}
