// Reading the scoreboard's answer (GET /api/v1/admin/dashboard): each unit's value of an indicator, the
// change against a year earlier, and how a value reads — a share as a percentage, people per village as
// a number. Shared by the dashboard, the commune page, the chart and the printed report.
import type { z } from 'zod';
import { localName } from '@/domain/catalog';
import type {
  DashboardResponse,
  DashboardUnit,
  indicatorHeaderSchema,
  unitIndicatorSchema,
} from '@/protocol/admin-messages';
import { formatNumber, formatPercent } from '@/lib/format';

export type Dashboard = DashboardResponse;
export type { DashboardUnit };
export type IndicatorHeader = z.infer<typeof indicatorHeaderSchema>;
export type UnitIndicator = z.infer<typeof unitIndicatorSchema>;

export function measureOf(unit: { indicators: UnitIndicator[] }, code: string): UnitIndicator | undefined {
  return unit.indicators.find((m) => m.code === code);
}

export const isShare = (indicator: IndicatorHeader) => indicator.unit === 'share';

export function formatValue(
  indicator: IndicatorHeader,
  value: number | null,
  lang: string,
  none: string,
): string {
  if (value === null) return none;
  return isShare(indicator) ? formatPercent(value, lang) : formatNumber(value, lang);
}

/** The change against a year earlier, signed: percentage points for a share, people for the others. */
export function formatChange(indicator: IndicatorHeader, change: number | null, lang: string): string | null {
  if (change === null) return null;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  return `${sign}${formatNumber(isShare(indicator) ? size * 100 : size, lang)}`;
}

export const indicatorName = (indicator: { name: IndicatorHeader['name'] }, lang: string) =>
  localName(indicator.name, lang);

/** How many of the indicators with a target the unit meets. */
export const metCount = (unit: { indicators: UnitIndicator[] }) =>
  unit.indicators.filter((m) => m.current.meetsTarget === true).length;
