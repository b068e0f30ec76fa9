// Pure checklist computations: a village's progress (met / in progress / total) against the CURRENT
// criteria version, every village of a commune side by side, sorting that table, and the rows recorded
// against criteria the current version no longer has (shown, never counted).
import type { Criteria, Village } from '@/domain/catalog';
import type { ChecklistStatus } from '@/domain/checklist-progress';
import { villageProgress, type VillageProgress } from '@/domain/ratio';

export interface ProgressLike {
  villageId: string;
  criterionCode: string;
  status: ChecklistStatus;
  criteriaVersion: string;
}

export interface VillageSummary extends VillageProgress {
  villageId: string;
  name: string;
  /** met / total, 0 when the catalog has no criteria. */
  share: number;
}

/** One village's progress: only criteria of the current version count, whatever version assessed them. */
export function progressOfVillage(criteria: Criteria['criteria'], rows: readonly ProgressLike[]) {
  const status = new Map(rows.map((r) => [r.criterionCode, r.status]));
  return villageProgress(criteria, (code) => status.get(code));
}

/** Every village of the commune (in catalog order), with its progress, from one batch of rows. */
export function progressByVillage(
  villages: readonly Village[],
  criteria: Criteria['criteria'],
  rows: readonly ProgressLike[],
): VillageSummary[] {
  const byVillage = new Map<string, ProgressLike[]>();
  for (const row of rows) {
    const list = byVillage.get(row.villageId);
    if (list) list.push(row);
    else byVillage.set(row.villageId, [row]);
  }
  return villages.map((v) => {
    const p = progressOfVillage(criteria, byVillage.get(v.id) ?? []);
    return { villageId: v.id, name: v.name, ...p, share: p.total > 0 ? p.met / p.total : 0 };
  });
}

export const SORT_KEYS = ['name', 'met', 'inProgress', 'total', 'share'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Sorted copy; ties fall back to the village name so the order is stable and predictable. */
export function sortSummaries(
  rows: readonly VillageSummary[],
  key: SortKey,
  direction: SortDirection,
  lang = 'vi',
): VillageSummary[] {
  const collator = new Intl.Collator(lang.startsWith('en') ? 'en' : 'vi', { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const primary = key === 'name' ? collator.compare(a.name, b.name) : a[key] - b[key];
    return primary !== 0 ? sign * primary : collator.compare(a.name, b.name);
  });
}

/** Rows whose criterion is not in the current version: kept visible, not counted. */
export function retiredRows<T extends ProgressLike>(criteria: Criteria['criteria'], rows: readonly T[]): T[] {
  const current = new Set(criteria.map((c) => c.code));
  return rows.filter((r) => !current.has(r.criterionCode));
}

/** The criteria in catalog order, grouped by the catalog's groups (groups in catalog order). */
export function groupCriteria(catalog: Criteria) {
  const known = new Set(catalog.groups.map((g) => g.code));
  const orphans = [...new Set(catalog.criteria.map((c) => c.group).filter((g) => !known.has(g)))];
  return [...catalog.groups, ...orphans.map((code) => ({ code, name: { vi: code } }))]
    .map((group) => ({ group, criteria: catalog.criteria.filter((c) => c.group === group.code) }))
    .filter((g) => g.criteria.length > 0);
}
