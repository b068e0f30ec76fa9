// Thôn số proposals on the phone: a village's proposals (its history, newest first), a commune's in one
// indexed query, and proposing — offline, as a new synced `recognitions` record carrying the criteria as
// they stand now (ratio numbers from the village counts), written only when the catalog's rule is met.
import type { CatalogOf } from '@/domain/catalog';
import { newId } from '@/domain/ids';
import { ratioNumbers } from '@/domain/ratio';
import type { CriterionSnapshot, RecognitionFields } from '@/domain/recognition';
import { recognitionGaps } from '@/domain/recognition-rule';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { createRecord, type WriteContext } from '@/storage/record-writer';
import type { VillageCount } from '@/storage/village-counts';
import type { ProgressRow } from './checklist-queries';

export type ProposalRow = StoredRecord & RecognitionFields;

const live = (r: StoredRecord): r is ProposalRow => !r.deleted;
const newestFirst = (a: ProposalRow, b: ProposalRow) => (a.id < b.id ? 1 : -1);

/** A village's live proposals, newest first (UUIDv7 ids order by creation). */
export async function villageProposals(db: BanSoDatabase, villageId: string): Promise<ProposalRow[]> {
  return (await db.recognitions.where('villageId').equals(villageId).toArray())
    .filter(live)
    .sort(newestFirst);
}

/** Every live proposal of these villages, in one indexed query. */
export async function communeProposals(
  db: BanSoDatabase,
  villageIds: readonly string[],
): Promise<ProposalRow[]> {
  if (villageIds.length === 0) return [];
  const rows = await db.recognitions
    .where('villageId')
    .anyOf([...villageIds])
    .toArray();
  return rows.filter(live).sort(newestFirst);
}

/** The current version's criteria as assessed now, for the proposal's record of "criteria at that moment". */
export function criteriaSnapshot(
  catalog: CatalogOf<'criteria'>,
  rows: readonly ProgressRow[],
  counts: ReadonlyMap<string, VillageCount>,
): CriterionSnapshot[] {
  const rowOf = new Map(rows.map((r) => [r.criterionCode, r]));
  return catalog.data.criteria.map((c) => {
    const row = rowOf.get(c.code);
    const numbers =
      c.kind === 'ratio'
        ? ratioNumbers(c, row, (code) => counts.get(code)?.value)
        : { numerator: null, denominator: null };
    return {
      code: c.code,
      status: row?.status ?? 'not_started',
      ...numbers,
      assessedOn: row?.assessedOn ?? null,
    };
  });
}

export interface Proposal {
  villageId: string;
  catalog: CatalogOf<'criteria'>;
  rows: readonly ProgressRow[];
  counts: ReadonlyMap<string, VillageCount>;
  note: string;
  /** ISO date, today. */
  proposedOn: string;
}

/** Proposes the village (row + outbox in one transaction). Null when the rule is not met: nothing written. */
export async function proposeRecognition(
  db: BanSoDatabase,
  ctx: WriteContext,
  p: Proposal,
): Promise<StoredRecord | null> {
  const status = new Map(p.rows.map((r) => [r.criterionCode, r.status]));
  if (!recognitionGaps(p.catalog.data, (code) => status.get(code)).eligible) return null;
  const content = {
    villageId: p.villageId,
    criteriaVersion: p.catalog.version,
    criteria: criteriaSnapshot(p.catalog, p.rows, p.counts),
    proposedBy: ctx.actor,
    proposedOn: p.proposedOn,
    note: p.note.trim(),
  };
  return createRecord(db, 'recognitions', content, ctx, newId());
}
