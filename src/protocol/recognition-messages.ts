// The province's Thôn số recognition API (screens under /province/recognitions ↔ /api/v1/admin/recognitions):
// the proposals communes synced, with the criteria as proposed (named from the catalog version they name),
// and the decision — confirm, or return with a reason. See docs/api.md.
import { z } from 'zod';
import { CHECKLIST_STATUSES } from '@/domain/checklist-progress';
import { RECOGNITION_DECISIONS } from '@/domain/recognition';

export const RECOGNITION_API = {
  list: '/api/v1/admin/recognitions', // GET recognitionListQuery → recognitionListResponse
  decide: (id: string) => `/api/v1/admin/recognitions/${encodeURIComponent(id)}/decision`, // POST decideRequest → recognitionItem
} as const;

export const RECOGNITION_STATES = ['pending', 'confirmed', 'returned'] as const;

export const recognitionListQuerySchema = z.object({
  state: z.enum([...RECOGNITION_STATES, 'all']).default('all'),
  communeId: z.string().min(1).max(100).optional(),
});

export const decideRequestSchema = z
  .object({
    decision: z.enum(RECOGNITION_DECISIONS),
    reason: z.string().trim().max(1000).default(''),
  })
  .refine((d) => d.decision !== 'returned' || d.reason.length > 0, {
    path: ['reason'],
    message: 'errors.reasonRequired',
  });
export type DecideRequest = z.input<typeof decideRequestSchema>;

export const recognitionCriterionSchema = z.object({
  code: z.string(),
  /** Name in the catalog version the proposal names (the code itself if that version lacks it). */
  name: z.string(),
  required: z.boolean(),
  status: z.enum(CHECKLIST_STATUSES),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  assessedOn: z.string().nullable(),
});

export const recognitionDecisionEntrySchema = z.object({
  decision: z.enum(RECOGNITION_DECISIONS),
  reason: z.string(),
  actor: z.string(),
  at: z.number(),
});

export const recognitionItemSchema = z.object({
  id: z.string(),
  communeId: z.string(),
  communeName: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  state: z.enum(RECOGNITION_STATES),
  criteriaVersion: z.string(),
  /** The criteria catalog version is a sample (shown as such). */
  sample: z.boolean(),
  rule: z.object({ minimumMet: z.number(), source: z.string().nullable() }).nullable(),
  criteria: z.array(recognitionCriterionSchema),
  proposedBy: z.string(),
  proposedByName: z.string(),
  proposedOn: z.string(),
  note: z.string(),
  decisionReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.number().nullable(),
  /** Every decision recorded on this proposal, oldest first (from the audit). */
  history: z.array(recognitionDecisionEntrySchema),
});
export type RecognitionItem = z.infer<typeof recognitionItemSchema>;

export const recognitionListResponseSchema = z.object({ recognitions: z.array(recognitionItemSchema) });
