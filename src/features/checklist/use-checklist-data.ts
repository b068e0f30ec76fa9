// Live (Dexie) data of one village's checklist for the screens: its progress rows, the village counts
// ratio criteria can be prefilled from, the audit trail, assessors' names and older criteria versions.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CatalogOf } from '@/domain/catalog';
import { useSession } from '@/storage/use-session';
import {
  checklistAudit,
  criteriaVersions,
  memberNames,
  villageCountsByCode,
  villageProgressRows,
  type AuditEntry,
  type CountValue,
  type ProgressRow,
} from './checklist-queries';

export interface VillageChecklistData {
  rows: ProgressRow[];
  counts: Map<string, CountValue>;
  audit: Map<string, AuditEntry[]>;
  names: Map<string, string>;
  olderCatalogs: Map<string, CatalogOf<'criteria'>>;
}

/** Everything the village checklist shows besides the current catalog; undefined while loading. */
export function useVillageChecklist(
  villageId: string,
  catalog: CatalogOf<'criteria'>,
): VillageChecklistData | undefined {
  const db = useSession((s) => s.db);
  const countCodes = catalog.data.criteria
    .flatMap((c) => [c.numeratorCount, c.denominatorCount])
    .filter((c): c is string => c !== undefined);
  const codesKey = countCodes.join('|');
  const rows = useLiveQuery(() => villageProgressRows(db, villageId), [db, villageId]);
  const counts = useLiveQuery(
    () => villageCountsByCode(db, villageId, codesKey ? codesKey.split('|') : []),
    [db, villageId, codesKey],
  );
  const audit = useLiveQuery(() => checklistAudit(db, villageId), [db, villageId]);
  const assessorsKey = [...new Set((rows ?? []).map((r) => r.assessedBy))].sort().join('|');
  const names = useLiveQuery(
    () => memberNames(db, assessorsKey ? assessorsKey.split('|') : []),
    [db, assessorsKey],
  );
  const versionsKey = [...new Set((rows ?? []).map((r) => r.criteriaVersion))]
    .filter((v) => v !== catalog.version)
    .sort()
    .join('|');
  const olderCatalogs = useLiveQuery(
    () => criteriaVersions(db, versionsKey ? versionsKey.split('|') : []),
    [db, versionsKey],
  );
  if (!rows || !counts || !audit || !names || !olderCatalogs) return undefined;
  return { rows, counts, audit, names, olderCatalogs };
}
