// Form values of the helper and help-activity forms: defaults, conversion from a stored record,
// validation with the domain schemas (errors keyed by field), and the patch of fields an edit changed.
import { isFuture, isoDate } from '@/domain/dates';
import { helpActivityFields, banSoHelperFields } from '@/domain/help-activity';
import type { BanSoHelperFields, HelpActivityFields } from '@/domain/help-activity';
import { errorsByField } from '@/lib/form-errors';
import type { StoredRecord } from '@/storage/database';

export type ActivityValues = Omit<HelpActivityFields, 'villageId'>;
export type HelperValues = Omit<BanSoHelperFields, 'villageId'>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function newActivity(today: string, last: { helperId: string; kind: string } | null): ActivityValues {
  return {
    helperId: last?.helperId ?? '',
    kind: last?.kind ?? '',
    date: today,
    peopleHelped: 1,
    householdsHelped: 0,
    notes: '',
    photos: [],
  };
}

export function activityFromRecord(r: StoredRecord): ActivityValues {
  return {
    helperId: str(r.helperId),
    kind: str(r.kind),
    date: str(r.date),
    peopleHelped: num(r.peopleHelped),
    householdsHelped: num(r.householdsHelped),
    notes: str(r.notes),
    photos: Array.isArray(r.photos) ? r.photos.filter((h): h is string => typeof h === 'string') : [],
  };
}

export const newHelper = (): HelperValues => ({ name: '', phone: '', notes: '', active: true });

export function helperFromRecord(r: StoredRecord): HelperValues {
  return { name: str(r.name), phone: str(r.phone), notes: str(r.notes), active: r.active !== false };
}

/** Validates with the domain schema, and refuses a date after `today` (help cannot be logged ahead). */
export function validateActivity(
  villageId: string,
  v: ActivityValues,
  today: string = isoDate(new Date()),
): Validated<HelpActivityFields> {
  const parsed = helpActivityFields.safeParse({ ...v, villageId });
  const errors: Record<string, string> = parsed.success ? {} : errorsByField(parsed.error.issues);
  if (!errors.date && isFuture(v.date, today)) errors.date = 'errors.futureDate';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
  return { ok: false, errors };
}

export function validateHelper(villageId: string, v: HelperValues): Validated<BanSoHelperFields> {
  const parsed = banSoHelperFields.safeParse({ ...v, villageId });
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: errorsByField(parsed.error.issues) };
}

/** The fields of `next` that differ from `before`: an edit writes only these (per-field merge). */
export function changedFields<T extends object>(before: T, next: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) patch[key] = next[key];
  }
  return patch;
}
