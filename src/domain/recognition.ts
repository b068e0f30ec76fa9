// Thôn số recognition: the commune proposes a village whose assessed criteria meet the criteria version's
// rule, with the criteria as they stood at that moment; the province confirms or returns it with a reason.
// One record per proposal (a returned village is proposed again as a new record), so the history is kept.
import { z } from 'zod';
import { CHECKLIST_STATUSES } from './checklist-progress';
import { countSchema, idSchema, isoDateSchema, textSchema } from './record-base';

export const RECOGNITION_DECISIONS = ['confirmed', 'returned'] as const;
export type RecognitionDecision = (typeof RECOGNITION_DECISIONS)[number];

/** One criterion as assessed when the village was proposed (ratios with the numbers they rested on). */
export const criterionSnapshotSchema = z.object({
  code: idSchema,
  status: z.enum(CHECKLIST_STATUSES),
  numerator: countSchema.nullable(),
  denominator: countSchema.nullable(),
  assessedOn: isoDateSchema.nullable(),
});
export type CriterionSnapshot = z.infer<typeof criterionSnapshotSchema>;

/** Fields only the province writes (through its decision endpoint); a device's push naming one is refused. */
export const RECOGNITION_PROVINCE_FIELDS = ['decision', 'decisionReason', 'decidedBy', 'decidedAt'] as const;

export const recognitionFields = z
  .object({
    villageId: idSchema,
    criteriaVersion: idSchema,
    criteria: z.array(criterionSnapshotSchema).min(1).max(300),
    proposedBy: idSchema,
    proposedOn: isoDateSchema,
    note: textSchema(1000),
    /** Absent while the province has not decided. */
    decision: z.enum(RECOGNITION_DECISIONS).optional(),
    decisionReason: textSchema(1000).optional(),
    /** The province account that decided. */
    decidedBy: z.string().max(120).optional(),
    /** Server time (ms) of the decision. */
    decidedAt: z.number().int().min(0).optional(),
  })
  .refine((r) => r.decision !== 'returned' || (r.decisionReason ?? '').trim().length > 0, {
    path: ['decisionReason'],
    message: 'errors.reasonRequired',
  });
export type RecognitionFields = z.infer<typeof recognitionFields>;

export type RecognitionState = 'pending' | 'confirmed' | 'returned';

export function recognitionState(r: Pick<RecognitionFields, 'decision'>): RecognitionState {
  return r.decision ?? 'pending';
}

interface RecognitionLike {
  id: string;
  villageId: string;
  deleted?: boolean;
  decision?: RecognitionDecision;
}

/** Where a village stands: recognised once any proposal is confirmed; otherwise its newest proposal's
 * state (ids are UUIDv7, so the greatest id is the newest proposal); 'none' without a live proposal. */
export function villageRecognition(proposals: readonly RecognitionLike[]): RecognitionState | 'none' {
  let newest: RecognitionLike | undefined;
  for (const p of proposals) {
    if (p.deleted) continue;
    if (p.decision === 'confirmed') return 'confirmed';
    if (!newest || p.id > newest.id) newest = p;
  }
  return newest ? (newest.decision ?? 'pending') : 'none';
}

/** The villages recognised as Thôn số among these proposals (any village, any commune). */
export function recognisedVillageIds(proposals: readonly RecognitionLike[]): Set<string> {
  const out = new Set<string>();
  for (const p of proposals) if (!p.deleted && p.decision === 'confirmed') out.add(p.villageId);
  return out;
}
