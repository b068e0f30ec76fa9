// Người bản số: the digitally skilled villagers of a village, and each help they give a neighbour.
// Kinds of help come from the helpKinds catalog.
import { z } from 'zod';
import { photoListSchema } from './photo';
import { countSchema, idSchema, isoDateSchema, requiredText, textSchema } from './record-base';

export const banSoHelperFields = z.object({
  villageId: idSchema,
  name: requiredText(120),
  phone: z
    .string()
    .trim()
    .regex(/^$|^(\+84|0)\d{9,10}$/, 'errors.phone'),
  notes: textSchema(500),
  active: z.boolean(),
});
export type BanSoHelperFields = z.infer<typeof banSoHelperFields>;

export const helpActivityFields = z
  .object({
    villageId: idSchema,
    helperId: z.string('errors.pickHelper').min(1, 'errors.pickHelper'),
    date: isoDateSchema,
    kind: z.string('errors.pickKind').min(1, 'errors.pickKind'),
    peopleHelped: countSchema,
    householdsHelped: countSchema,
    notes: textSchema(1000),
    photos: photoListSchema.optional(),
  })
  .refine((a) => a.peopleHelped + a.householdsHelped > 0, {
    path: ['peopleHelped'],
    message: 'errors.helpedAtLeastOne',
  });
export type HelpActivityFields = z.infer<typeof helpActivityFields>;
