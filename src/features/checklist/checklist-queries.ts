// Dexie reads of the Thôn số checklist: a village's progress rows, a whole commune's rows in ONE indexed
// query (55 villages must stay fast), the village counts that prefill ratios, the audit trail of
// overwritten values, team member names and older criteria versions. No React here.
import type { CatalogOf } from '@/domain/catalog';
import type { ChecklistProgressFields } from '@/domain/checklist-progress';
import { compositeId } from '@/domain/ids';
import { catalogVersion } from '@/storage/catalogs';
import type { BanSoDatabase, ConflictEntry, StoredRecord } from '@/storage/database';

export type ProgressRow = StoredRecord & ChecklistProgressFields;

export interface CountValue {
  code: string;
  value: number;
  countedOn: string;
}

export interface AuditEntry extends ConflictEntry {
  /** The overwritten writer's name (team member), else their id, else null. */
  lostAuthorName: string | null;
}

/** Every write sets who assessed and when, so their "losses" only repeat the loser's author and clock. */
const IMPLIED_FIELDS = new Set(['assessedBy', 'assessedOn']);

const live = (r: StoredRecord): r is ProgressRow => !r.deleted;

/** Every live progress row of one village (by the `villageId` index). */
export async function villageProgressRows(db: BanSoDatabase, villageId: string): Promise<ProgressRow[]> {
  return (await db.checklistProgress.where('villageId').equals(villageId).toArray()).filter(live);
}

/** Every live progress row of the given villages, in one indexed query rather than one per village. */
export async function communeProgressRows(
  db: BanSoDatabase,
  villageIds: readonly string[],
): Promise<ProgressRow[]> {
  if (villageIds.length === 0) return [];
  return (
    await db.checklistProgress
      .where('villageId')
      .anyOf([...villageIds])
      .toArray()
  ).filter(live);
}

/** The village profile counts with these codes (rows `compositeId(villageId, code)`), by code. */
export async function villageCountsByCode(
  db: BanSoDatabase,
  villageId: string,
  codes: readonly string[],
): Promise<Map<string, CountValue>> {
  const unique = [...new Set(codes)];
  const rows = await db.villageCounts.bulkGet(unique.map((code) => compositeId(villageId, code)));
  const out = new Map<string, CountValue>();
  for (const row of rows) {
    if (!row || row.deleted || typeof row.value !== 'number' || typeof row.code !== 'string') continue;
    out.set(row.code, { code: row.code, value: row.value, countedOn: String(row.countedOn ?? '') });
  }
  return out;
}

/** Names of team members by id; ids with no member map to themselves. */
export async function memberNames(db: BanSoDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await db.teamMembers.bulkGet(unique);
  return new Map(unique.map((id, i) => [id, typeof rows[i]?.name === 'string' ? String(rows[i]?.name) : id]));
}

/** The overwritten checklist values of a village, grouped by record id (newest loss first). */
export async function checklistAudit(
  db: BanSoDatabase,
  villageId: string,
): Promise<Map<string, AuditEntry[]>> {
  const entries = (await db.conflicts.where('villageId').equals(villageId).toArray()).filter(
    (c) => c.table === 'checklistProgress' && !IMPLIED_FIELDS.has(c.field),
  );
  const authors = entries.map((e) => e.lostAuthor).filter((a): a is string => a !== null);
  const names = await memberNames(db, authors);
  const out = new Map<string, AuditEntry[]>();
  const sorted = [...entries].sort((a, b) => (a.lostClock < b.lostClock ? 1 : -1));
  for (const e of sorted) {
    const list = out.get(e.recordId) ?? [];
    list.push({
      ...e,
      lostAuthorName: e.lostAuthor === null ? null : (names.get(e.lostAuthor) ?? e.lostAuthor),
    });
    out.set(e.recordId, list);
  }
  return out;
}

/** The stored criteria catalogs of these versions (older ones name retired criteria), by version. */
export async function criteriaVersions(
  db: BanSoDatabase,
  versions: readonly string[],
): Promise<Map<string, CatalogOf<'criteria'>>> {
  const out = new Map<string, CatalogOf<'criteria'>>();
  for (const version of new Set(versions)) {
    const catalog = await catalogVersion(db, 'criteria', version);
    if (catalog) out.set(version, catalog);
  }
  return out;
}
