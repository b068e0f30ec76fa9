// Thôn số checklist progress: one row per (village, criterion), naming the criteria catalog version it
// was assessed against; and a village's counted figures (households, adults with VNeID…), one row per
// (village, count code), each with the date it was counted. Ratios are computed from these, never stored.
import { z } from 'zod';
import { photoListSchema } from './photo';
import { countSchema, idSchema, isoDateSchema, noteSchema } from './record-base';

export const CHECKLIST_STATUSES = ['not_started', 'in_progress', 'met'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export const checklistProgressFields = z
  .object({
    villageId: idSchema,
    criterionCode: idSchema,
    criteriaVersion: idSchema,
    status: z.enum(CHECKLIST_STATUSES, 'errors.required'),
    numerator: countSchema.nullable(),
    denominator: countSchema.nullable(),
    note: noteSchema,
    assessedBy: idSchema,
    assessedOn: isoDateSchema,
    photos: photoListSchema.optional(),
  })
  .refine((p) => p.numerator === null || p.denominator === null || p.numerator <= p.denominator, {
    path: ['numerator'],
    message: 'errors.numeratorExceedsDenominator',
  });
export type ChecklistProgressFields = z.infer<typeof checklistProgressFields>;

export const villageCountFields = z.object({
  villageId: idSchema,
  code: idSchema,
  value: countSchema,
  countedOn: isoDateSchema,
});
export type VillageCountFields = z.infer<typeof villageCountFields>;
