// The envelope every synced record carries (DESIGN "Data"): ids, scope, authorship, clocks, tombstone.
// Error messages are i18n keys (errors.*) so forms and the server report the same reason in Vietnamese.
import { z } from 'zod';
import { isCalendarDate } from './dates';
import { hlcSchema } from './hlc';

export const SCHEMA_VERSION = 1;

export const idSchema = z.string().min(1, 'errors.required').max(120, 'errors.tooLong');
export const isoDateSchema = z
  .string('errors.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
  .refine(isCalendarDate, 'errors.date');
export const countSchema = z
  .number('errors.number')
  .int('errors.integer')
  .min(0, 'errors.nonNegative')
  .max(1_000_000, 'errors.tooLarge');
export const textSchema = (max: number) => z.string().trim().max(max, 'errors.tooLong');
/** One limit for every free-text note (training, help, Người bản số, checklist evidence): forms show it. */
export const NOTE_MAX = 2000;
export const noteSchema = textSchema(NOTE_MAX);
export const requiredText = (max: number) =>
  z.string('errors.required').trim().min(1, 'errors.required').max(max, 'errors.tooLong');

export const envelopeSchema = z.object({
  id: idSchema,
  communeId: idSchema,
  createdBy: idSchema,
  updatedAt: hlcSchema,
  /** The HLC stamp of the last write of each field: per-field last-writer-wins (DESIGN invariant 6). */
  fieldClocks: z.record(z.string(), hlcSchema),
  /** Who (team member id) last wrote each field: the audit trail names the overwritten writer. */
  fieldAuthors: z.record(z.string(), z.string().max(120)),
  deleted: z.boolean(),
  schemaVersion: z.number().int().min(1),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Envelope fields that are not user content: never part of a patch a user writes. */
export const ENVELOPE_KEYS = [
  'id',
  'communeId',
  'createdBy',
  'updatedAt',
  'fieldClocks',
  'fieldAuthors',
  'schemaVersion',
] as const;
