// Writing one (village, criterion) assessment. The row id is `compositeId(villageId, criterionCode)` so
// two officials offline converge on ONE row; the patch carries only the changed fields (the merge is per
// field by HLC) plus who assessed, when, and against which criteria version. Validated before writing. A ratio
// criterion that names village counts stores no numbers of its own: its numbers are written to those
// counts (the village profile's rows), in the same Dexie transaction as the assessment.
import { checklistProgressFields, type ChecklistStatus } from '@/domain/checklist-progress';
import { compositeId } from '@/domain/ids';
import { errorsByField } from '@/lib/form-errors';
import type { BanSoDatabase } from '@/storage/database';
import { RecordValidationError, writeRecord, type WriteContext } from '@/storage/record-writer';
import { saveCount } from '@/storage/village-counts';
import type { ProgressRow } from './checklist-queries';

export interface ProgressEdit {
  status?: ChecklistStatus;
  numerator?: number | null;
  denominator?: number | null;
  note?: string;
  /** Photo evidence, by hash. */
  photos?: string[];
}

export interface Assessment {
  villageId: string;
  criterionCode: string;
  /** The criteria catalog version being assessed (the current one). */
  criteriaVersion: string;
  assessedBy: string;
  /** ISO date, today. */
  assessedOn: string;
}

const CONTENT = ['status', 'numerator', 'denominator', 'note', 'photos'] as const;

function normalise(edit: ProgressEdit): ProgressEdit {
  return edit.note === undefined ? edit : { ...edit, note: edit.note.trim() };
}

/** The whole record as it would be after the edit (for validation). */
export function candidate(existing: ProgressRow | undefined, edit: ProgressEdit, a: Assessment) {
  return {
    status: existing?.status ?? 'not_started',
    numerator: existing?.numerator ?? null,
    denominator: existing?.denominator ?? null,
    note: existing?.note ?? '',
    photos: existing?.photos ?? [],
    ...normalise(edit),
    ...a,
  };
}

/** Inline error keys (errors.*) by field; empty when the edit may be saved. */
export function progressErrors(
  existing: ProgressRow | undefined,
  edit: ProgressEdit,
  a: Assessment,
): Record<string, string> {
  const parsed = checklistProgressFields.safeParse(candidate(existing, edit, a));
  return parsed.success ? {} : errorsByField(parsed.error.issues);
}

/** Fields of a new row that the user did not set: written as defaults that never overwrite a value
 * another official already gave the same (village, criterion) offline. */
export function defaultedFields(existing: ProgressRow | undefined, edit: ProgressEdit): string[] {
  if (existing) return [];
  return CONTENT.filter((key) => edit[key] === undefined);
}

/** The patch to write: a new row needs every field; an existing one only what changed. Null: no change. */
export function progressPatch(
  existing: ProgressRow | undefined,
  edit: ProgressEdit,
  a: Assessment,
): Record<string, unknown> | null {
  const next = normalise(edit);
  if (!existing) return { ...candidate(undefined, next, a), deleted: false };
  const changed: Record<string, unknown> = {};
  for (const key of CONTENT) {
    const value = next[key];
    const before = key === 'photos' ? (existing.photos ?? []) : existing[key];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(before)) changed[key] = value;
  }
  // Re-confirming an unchanged value still records a row assessed under an older version as current.
  if (Object.keys(changed).length === 0 && existing.criteriaVersion === a.criteriaVersion) return null;
  const { criteriaVersion, assessedBy, assessedOn } = a;
  return {
    ...changed,
    criteriaVersion,
    assessedBy,
    assessedOn,
    ...(existing.deleted ? { deleted: false } : {}),
  };
}

export type SaveResult = { ok: true; changed: boolean } | { ok: false; errors: Record<string, string> };

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The village count codes a count-backed ratio criterion writes its numbers to. */
export interface CountCodes {
  numerator: string;
  denominator: string;
}

/** Writes the numbers of a count-backed criterion to the village counts (dated the assessment day). */
async function saveNumbersAsCounts(
  db: BanSoDatabase,
  ctx: WriteContext,
  edit: ProgressEdit,
  a: Assessment,
  codes: CountCodes,
): Promise<boolean> {
  let changed = false;
  for (const part of ['numerator', 'denominator'] as const) {
    const value = edit[part];
    if (value === undefined || value === null) continue;
    const fields = { villageId: a.villageId, code: codes[part], value, countedOn: a.assessedOn };
    if (await saveCount(db, fields, ctx)) changed = true;
  }
  return changed;
}

/** Validates and writes the edit (row + outbox in one transaction via `writeRecord`). The row is read
 * fresh, so a value pulled from another device since the screen rendered is not written back. With
 * `countCodes`, the numbers go to the village counts and the row keeps only status, note and who/when. */
export async function saveProgress(
  db: BanSoDatabase,
  ctx: WriteContext,
  edit: ProgressEdit,
  a: Assessment,
  countCodes: CountCodes | null = null,
): Promise<SaveResult> {
  const id = compositeId(a.villageId, a.criterionCode);
  try {
    return await db.transaction(
      'rw',
      [db.checklistProgress, db.villageCounts, db.outbox, db.meta],
      async () => {
        const existing = (await db.checklistProgress.get(id)) as ProgressRow | undefined;
        const errors = progressErrors(existing, edit, a);
        if (Object.keys(errors).length > 0) return { ok: false as const, errors };
        let own = edit;
        let changed = false;
        if (countCodes) {
          const { numerator: _n, denominator: _d, ...rest } = edit;
          // The card saves its note and photos with its numbers: untouched, they are no assessment either.
          if (rest.note !== undefined && rest.note.trim() === (existing?.note ?? '')) delete rest.note;
          if (rest.photos !== undefined && sameList(rest.photos, existing?.photos ?? [])) delete rest.photos;
          own = rest;
          changed = await saveNumbersAsCounts(db, ctx, edit, a, countCodes);
          // Numbers alone are a count of the village, not an assessment of the criterion.
          if (Object.keys(own).length === 0) return { ok: true as const, changed };
        }
        const patch = progressPatch(existing, own, a);
        if (!patch) return { ok: true as const, changed };
        await writeRecord(db, 'checklistProgress', id, patch, ctx, { weak: defaultedFields(existing, own) });
        return { ok: true as const, changed: true };
      },
    );
  } catch (error) {
    if (error instanceof RecordValidationError) return { ok: false, errors: errorsByField(error.issues) };
    return { ok: false, errors: { '': 'errors.saveFailed' } };
  }
}
