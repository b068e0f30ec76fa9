// Live (Dexie) data of one village's checklist for the screens: its progress rows, the village counts
// ratio criteria read (the same rows as the village profile), the audit trail, the names of assessors and
// count writers, and older criteria versions.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CatalogOf } from '@/domain/catalog';
import { useSession } from '@/storage/use-session';
import { readVillageCounts, type VillageCount } from '@/storage/village-counts';
import {
  checklistAudit,
  criteriaVersions,
  memberNames,
  villageProgressRows,
  type AuditEntry,
  type ProgressRow,
} from './checklist-queries';

export interface VillageChecklistData {
  rows: ProgressRow[];
  counts: Map<string, VillageCount>;
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
  const rows = useLiveQuery(() => villageProgressRows(db, villageId), [db, villageId]);
  const counts = useLiveQuery(() => readVillageCounts(db, villageId), [db, villageId]);
  const audit = useLiveQuery(() => checklistAudit(db, villageId), [db, villageId]);
  const writers = [...(counts?.values() ?? [])].map((c) => c.updatedBy).filter((a) => a !== null);
  const assessorsKey = [...new Set([...(rows ?? []).map((r) => r.assessedBy), ...writers])].sort().join('|');
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
