// The scoreboard of a period for the province, or for one commune (its villages), as the dashboard, the
// commune page and the printed report read it; reloaded whenever the period or the commune changes.
import { REPORTS_API, dashboardResponseSchema, type DashboardResponse } from '@/protocol/admin-messages';
import type { Period } from '@/domain/periods';
import { periodText } from './period-choice';
import { useAdminData, type Loaded } from './use-admin';

export function dashboardPath(period: Period, communeId?: string): string {
  const q = new URLSearchParams({ period: periodText(period) });
  if (communeId) q.set('communeId', communeId);
  return `${REPORTS_API.dashboard}?${q.toString()}`;
}

export function useDashboard(period: Period, communeId?: string): Loaded<DashboardResponse> {
  const path = dashboardPath(period, communeId);
  return useAdminData((c) => c.get(path, dashboardResponseSchema), path);
}
