// Ratio criteria: households with fibre / total households and the like. The ratio and whether it meets
// the catalog threshold are computed from the measured numbers, never stored (DESIGN "Data").
import type { Criterion } from './catalog';
import type { ChecklistStatus } from './checklist-progress';

export interface RatioResult {
  ratio: number | null;
  meetsThreshold: boolean | null;
}

export function computeRatio(
  criterion: Criterion,
  numerator: number | null,
  denominator: number | null,
): RatioResult {
  if (criterion.kind !== 'ratio' || numerator === null || denominator === null || denominator <= 0)
    return { ratio: null, meetsThreshold: null };
  const ratio = numerator / denominator;
  return { ratio, meetsThreshold: criterion.threshold === undefined ? null : ratio >= criterion.threshold };
}

export interface VillageProgress {
  met: number;
  inProgress: number;
  total: number;
}

/** A village's progress against one criteria version: met / total criteria. */
export function villageProgress(
  criteria: readonly Criterion[],
  statusOf: (code: string) => ChecklistStatus | undefined,
): VillageProgress {
  let met = 0;
  let inProgress = 0;
  for (const c of criteria) {
    const s = statusOf(c.code);
    if (s === 'met') met++;
    else if (s === 'in_progress') inProgress++;
  }
  return { met, inProgress, total: criteria.length };
}
