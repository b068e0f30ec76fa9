// Người bản số: the digitally skilled villagers of a village, and each help they give a neighbour.
// Kinds of help come from the helpKinds catalog.
import { z } from 'zod';
import { photoListSchema } from './photo';
import { countSchema, idSchema, isoDateSchema, requiredText, noteSchema } from './record-base';

export const banSoHelperFields = z.object({
  villageId: idSchema,
  name: requiredText(120),
  /** Typed as people write it ("0912 345 678", "0912.345.678"), stored as digits ("0912345678"). */
  phone: z
    .string()
    .trim()
    .transform((s) => s.replace(/[\s.\-()]/g, ''))
    .pipe(z.string().regex(/^$|^(\+84|0)\d{9,10}$/, 'errors.phone')),
  notes: noteSchema,
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
    notes: noteSchema,
    photos: photoListSchema.optional(),
  })
  .refine((a) => a.peopleHelped + a.householdsHelped > 0, {
    path: ['peopleHelped'],
    message: 'errors.helpedAtLeastOne',
  })
  // Each household helped was helped through at least one of the people counted.
  .refine((a) => !(a.peopleHelped > 0) || a.householdsHelped <= a.peopleHelped, {
    path: ['householdsHelped'],
    message: 'errors.householdsExceedPeople',
  });
export type HelpActivityFields = z.infer<typeof helpActivityFields>;
