// Dexie reads of the Thôn số checklist: a village's progress rows, a whole commune's rows in ONE indexed
// query (55 villages must stay fast), the audit trail of overwritten values, team member names and older
// criteria versions. Village counts (ratio criteria read them) come from storage/village-counts. No React.
import type { CatalogOf } from '@/domain/catalog';
import type { ChecklistProgressFields } from '@/domain/checklist-progress';
import { catalogVersion } from '@/storage/catalogs';
import type { BanSoDatabase, ConflictEntry, StoredRecord } from '@/storage/database';
import { memberNames } from '@/storage/team-names';

export { memberNames };

export type ProgressRow = StoredRecord & ChecklistProgressFields;

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
