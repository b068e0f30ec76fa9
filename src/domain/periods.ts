// Reporting periods of the plan 2026–2030: a calendar year, phase 1 (05/2026–12/2027), phase 2
// (01/2028–12/2030), the whole plan, or a custom range. Days are Vietnam days (Asia/Ho_Chi_Minh, UTC+7,
// no daylight saving): a record's own yyyy-mm-dd date is already one; a server timestamp converts at +07:00.
import { isCalendarDate } from './dates';

export const PLAN_START = '2026-05-01';
export const PHASE1_END = '2027-12-31';
export const PHASE2_START = '2028-01-01';
export const PLAN_END = '2030-12-31';
/** Vietnam has kept UTC+7 all year since 1975: a fixed offset is exact for every date we report. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export type PeriodKind = 'year' | 'phase1' | 'phase2' | 'plan' | 'range';
/** A closed range of Vietnam days, `from` and `to` inclusive (yyyy-mm-dd). */
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

export const yearPeriod = (year: number): Period => ({
  kind: 'year',
  from: `${year}-01-01`,
  to: `${year}-12-31`,
});
export const phasePeriod = (phase: 1 | 2): Period =>
  phase === 1
    ? { kind: 'phase1', from: PLAN_START, to: PHASE1_END }
    : { kind: 'phase2', from: PHASE2_START, to: PLAN_END };
export const planPeriod = (): Period => ({ kind: 'plan', from: PLAN_START, to: PLAN_END });
export const rangePeriod = (from: string, to: string): Period => ({ kind: 'range', from, to });

/** The Vietnam calendar day of an epoch-millisecond server timestamp. */
export function vietnamDay(epochMs: number): string {
  return new Date(epochMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch milliseconds of 00:00 in Vietnam on `day`. */
export function vietnamDayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
}

/** The period as epoch milliseconds [start, end): for filtering server timestamps (last sync…). */
export function periodBoundsMs(p: Period): { startMs: number; endMs: number } {
  return { startMs: vietnamDayStartMs(p.from), endMs: vietnamDayStartMs(addDays(p.to, 1)) };
}

export function containsDay(p: Period, day: string): boolean {
  return day >= p.from && day <= p.to;
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day one year earlier; 29/02 becomes 28/02. */
export function shiftYear(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const md = day.slice(5);
  const candidate = `${y}-${md}`;
  return md === '02-29' && new Date(`${candidate}T00:00:00Z`).getUTCMonth() !== 1 ? `${y}-02-28` : candidate;
}

/** The comparison period: the previous calendar year for a year; otherwise the same days one year earlier. */
export function previousYearPeriod(p: Period): Period {
  if (p.kind === 'year') return yearPeriod(Number(p.from.slice(0, 4)) - 1);
  return { kind: 'range', from: shiftYear(p.from, -1), to: shiftYear(p.to, -1) };
}

/** Whole months inside the period, as yyyy-mm, plus the days at its ragged edges (for month rollups). */
export function splitMonths(p: Period): { months: string[]; edgeDays: Period[] } {
  const months: string[] = [];
  const edgeDays: Period[] = [];
  let cursor = p.from;
  while (cursor <= p.to) {
    const monthStart = `${cursor.slice(0, 7)}-01`;
    const monthEnd = addDays(`${addMonth(cursor.slice(0, 7))}-01`, -1);
    const end = monthEnd < p.to ? monthEnd : p.to;
    if (cursor === monthStart && end === monthEnd) months.push(cursor.slice(0, 7));
    else edgeDays.push(rangePeriod(cursor, end));
    cursor = addDays(end, 1);
  }
  return { months, edgeDays };
}

/** The period as whole years (yyyy), then whole months (yyyy-mm) outside them, then the edge days left:
 * a year-long period reads yearly rollups, a phase a few months more, a custom range a few days more. */
export function splitPeriod(p: Period): { years: string[]; months: string[]; edgeDays: Period[] } {
  const { months, edgeDays } = splitMonths(p);
  const byYear = new Map<string, string[]>();
  for (const m of months) byYear.set(m.slice(0, 4), [...(byYear.get(m.slice(0, 4)) ?? []), m]);
  const years = [...byYear].filter(([, ms]) => ms.length === 12).map(([y]) => y);
  const rest = months.filter((m) => !years.includes(m.slice(0, 4)));
  return { years, months: rest, edgeDays };
}

function addMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const PERIOD_RE = /^(?:(\d{4})|(phase1|phase2|plan)|(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}))$/;

/**
 * Query-string form: `2026` (year), `phase1`, `phase2`, `plan`, or `2026-03-01..2026-06-30` (range,
 * both days inclusive). Returns null for anything else (the server answers 400 with the reason).
 */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD_RE.exec(text.trim());
  if (!m) return null;
  if (m[1]) {
    const year = Number(m[1]);
    return year >= 2000 && year <= 2100 ? yearPeriod(year) : null;
  }
  if (m[2] === 'phase1') return phasePeriod(1);
  if (m[2] === 'phase2') return phasePeriod(2);
  if (m[2] === 'plan') return planPeriod();
  const from = m[3] ?? '';
  const to = m[4] ?? '';
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) return null;
  if (addDays(from, 366 * 10) < to) return null; // ten years at most: longer asks are typos
  return rangePeriod(from, to);
}

export function formatPeriod(p: Period): string {
  if (p.kind === 'year') return p.from.slice(0, 4);
  if (p.kind === 'range') return `${p.from}..${p.to}`;
  return p.kind;
}
