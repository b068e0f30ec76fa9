// What a device may do with a Thôn số proposal, checked on every pushed mutation of `recognitions`: the
// criteria it carries must meet the rule of the version it names (the phone checks too, the server decides);
// a proposal the province has decided is closed to devices; a recognised village is not proposed again.
import type { SyncedRecord } from '@/domain/merge';
import { recognitionGaps } from '@/domain/recognition-rule';
import type { CriterionSnapshot } from '@/domain/recognition';
import type { Queryable } from '@/server/db/database';
import type { CodeBook } from './code-book';

export interface RecognitionProblem {
  reason: string;
  detail?: string;
}

/** Villages among `villageIds` with a confirmed, live proposal. */
export async function recognisedAmong(tx: Queryable, villageIds: readonly string[]): Promise<Set<string>> {
  if (villageIds.length === 0) return new Set();
  const rows = await tx.query<{ village_id: string }>(
    `SELECT DISTINCT village_id FROM records
      WHERE tbl = 'recognitions' AND NOT deleted AND village_id = ANY($1::text[])
        AND data->>'decision' = 'confirmed'`,
    [[...new Set(villageIds)]],
  );
  return new Set(rows.map((r) => r.village_id));
}

export function recognitionPushProblem(
  existing: SyncedRecord | undefined,
  merged: SyncedRecord,
  book: CodeBook | null,
  recognised: ReadonlySet<string>,
): RecognitionProblem | null {
  if (existing?.decision !== undefined)
    return { reason: 'errors.recognitionDecided', detail: `decision: ${String(existing.decision)}` };
  if (merged.deleted) return null; // withdrawing a pending proposal
  const villageId = String(merged.villageId);
  if (!existing && recognised.has(villageId))
    return { reason: 'errors.alreadyRecognised', detail: `villageId: ${villageId}` };
  const catalog = book?.criteriaCatalogs.get(String(merged.criteriaVersion));
  if (!catalog) return null; // unknown versions are refused by the code book
  const status = new Map((merged.criteria as CriterionSnapshot[]).map((c) => [c.code, c.status]));
  const gaps = recognitionGaps(catalog, (code) => status.get(code));
  if (gaps.eligible) return null;
  const detail = gaps.hasRule
    ? `met ${gaps.met}/${gaps.minimumMet}; missing ${gaps.missingRequired.map((c) => c.code).join(',')}`
    : 'criteria version has no recognition rule';
  return { reason: 'errors.notEligible', detail };
}
