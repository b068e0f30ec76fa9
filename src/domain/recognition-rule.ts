// The criteria version's recognition rule applied to a village's assessed criteria: eligible or not, and
// what it still lacks (required criteria not met, how many more criteria to reach the minimum). Pure, so
// the phone, the server's push check and the commune view agree.
import type { Criteria, Criterion } from './catalog';
import type { ChecklistStatus } from './checklist-progress';

export interface RecognitionGaps {
  /** False when the catalog publishes no rule: no village can be proposed against it. */
  hasRule: boolean;
  eligible: boolean;
  met: number;
  minimumMet: number;
  /** Required criteria not yet met, in catalog order. */
  missingRequired: Criterion[];
  /** Further criteria (any) still to meet once the required ones are met, to reach the minimum. */
  moreNeeded: number;
}

export function recognitionGaps(
  catalog: Criteria,
  statusOf: (code: string) => ChecklistStatus | undefined,
): RecognitionGaps {
  const rule = catalog.recognition;
  const metCodes = new Set(catalog.criteria.filter((c) => statusOf(c.code) === 'met').map((c) => c.code));
  const met = metCodes.size;
  if (!rule)
    return { hasRule: false, eligible: false, met, minimumMet: 0, missingRequired: [], moreNeeded: 0 };
  const required = new Set(rule.required);
  const missingRequired = catalog.criteria.filter((c) => required.has(c.code) && !metCodes.has(c.code));
  const moreNeeded = Math.max(0, rule.minimumMet - met - missingRequired.length);
  return {
    hasRule: true,
    eligible: missingRequired.length === 0 && met >= rule.minimumMet,
    met,
    minimumMet: rule.minimumMet,
    missingRequired,
    moreNeeded,
  };
}
