// The reporting period a province screen shows lives in the URL, in the server's own query form
// (?period=2026, phase1, phase2, plan or 2026-03-01..2026-06-30), so a link to a dashboard, a ranking or a
// report can be shared, reloaded and passed to the API unchanged. Anything unreadable falls back to the
// current calendar year in Vietnam.
import {
  formatPeriod,
  parsePeriod,
  previousYearPeriod,
  vietnamDay,
  yearPeriod,
  type Period,
} from '@/domain/periods';

export type { Period };
export const PLAN_FIRST_YEAR = 2026;
export const PLAN_LAST_YEAR = 2030;

/** Today's year in Vietnam, whatever the computer's own time zone. */
export function vietnamYear(now: number = Date.now()): number {
  return Number(vietnamDay(now).slice(0, 4));
}

/** The calendar years offered: the plan's, and the current one once the plan is over. */
export function offeredYears(now: number = Date.now()): number[] {
  const last = Math.max(PLAN_LAST_YEAR, vietnamYear(now));
  return Array.from({ length: last - PLAN_FIRST_YEAR + 1 }, (_, i) => PLAN_FIRST_YEAR + i);
}

export function readPeriod(params: URLSearchParams, now: number = Date.now()): Period {
  return parsePeriod(params.get('period') ?? '') ?? yearPeriod(vietnamYear(now));
}

/** The URL parameters with `period` set (the others, e.g. communeId, are kept). */
export function periodParams(period: Period, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  params.set('period', formatPeriod(period));
  return params;
}

export { formatPeriod as periodText, previousYearPeriod };
