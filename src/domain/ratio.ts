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

/** The village counts a ratio criterion reads, when it names both: then its numbers ARE those counts
 * (one source with the village profile); null for criteria that keep their own numbers. */
export function countCodesOf(c: Criterion): { numerator: string; denominator: string } | null {
  return c.kind === 'ratio' && c.numeratorCount && c.denominatorCount
    ? { numerator: c.numeratorCount, denominator: c.denominatorCount }
    : null;
}

/** A ratio criterion's numbers: from the village counts it names, else those recorded on its assessment. */
export function ratioNumbers(
  criterion: Criterion,
  row: { numerator?: number | null; denominator?: number | null } | undefined,
  countValue: (code: string) => number | undefined,
): { numerator: number | null; denominator: number | null } {
  const codes = countCodesOf(criterion);
  if (codes)
    return {
      numerator: countValue(codes.numerator) ?? null,
      denominator: countValue(codes.denominator) ?? null,
    };
  return { numerator: row?.numerator ?? null, denominator: row?.denominator ?? null };
}
