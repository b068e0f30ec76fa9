// The synced record tables: one name each, shared by the phone's Dexie schema, the wire protocol and the
// server's tables. `writable` says whether a device may push it (team members come from the province);
// PROVINCE_ONLY_FIELDS names fields of a writable table that only the province writes (decisions).
import { z } from 'zod';
import { checklistProgressFields, villageCountFields } from './checklist-progress';
import { banSoHelperFields, helpActivityFields } from './help-activity';
import { recognitionFields, RECOGNITION_PROVINCE_FIELDS } from './recognition';
import { envelopeSchema } from './record-base';
import { teamMemberFields } from './team-member';
import { trainingSessionFields } from './training-session';

export const recordTables = {
  trainingSessions: { fields: trainingSessionFields, writable: true, village: true },
  banSoHelpers: { fields: banSoHelperFields, writable: true, village: true },
  helpActivities: { fields: helpActivityFields, writable: true, village: true },
  checklistProgress: { fields: checklistProgressFields, writable: true, village: true },
  villageCounts: { fields: villageCountFields, writable: true, village: true },
  teamMembers: { fields: teamMemberFields, writable: false, village: false },
  recognitions: { fields: recognitionFields, writable: true, village: true },
} as const;

export type RecordTable = keyof typeof recordTables;
export const RECORD_TABLES = Object.keys(recordTables) as RecordTable[];
export const recordTableSchema = z.enum(RECORD_TABLES as [RecordTable, ...RecordTable[]]);

export type RecordOf<T extends RecordTable> = z.infer<typeof envelopeSchema> &
  z.infer<(typeof recordTables)[T]['fields']>;

/** Fields of a device-writable table that only the province writes (a push naming one is refused). */
export const PROVINCE_ONLY_FIELDS: Partial<Record<RecordTable, readonly string[]>> = {
  recognitions: RECOGNITION_PROVINCE_FIELDS,
};

/** Field names a user may write in a table (the content, not the envelope). */
export function contentKeys(table: RecordTable): string[] {
  return Object.keys(recordTables[table].fields.shape);
}

/** Validates a whole record (envelope + content). Returns zod issues, empty when valid. */
export function validateRecord(table: RecordTable, record: unknown): z.core.$ZodIssue[] {
  const env = envelopeSchema.safeParse(record);
  const content = recordTables[table].fields.safeParse(record);
  return [...(env.success ? [] : env.error.issues), ...(content.success ? [] : content.error.issues)];
}
