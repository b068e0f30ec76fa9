// Live (Dexie) data of one village's checklist for the screens: its progress rows, the village counts
// ratio criteria read (the same rows as the village profile), the audit trail, the names of assessors and
// count writers, the village's Thôn số proposals, and older criteria versions.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CatalogOf } from '@/domain/catalog';
import { teamNames } from '@/storage/team-names';
import { useSession } from '@/storage/use-session';
import { readVillageCounts, type VillageCount } from '@/storage/village-counts';
import {
  checklistAudit,
  criteriaVersions,
  villageProgressRows,
  type AuditEntry,
  type ProgressRow,
} from './checklist-queries';
import { villageProposals, type ProposalRow } from './recognition-queries';

export interface VillageChecklistData {
  rows: ProgressRow[];
  counts: Map<string, VillageCount>;
  audit: Map<string, AuditEntry[]>;
  names: Map<string, string>;
  olderCatalogs: Map<string, CatalogOf<'criteria'>>;
  proposals: ProposalRow[];
}

/** Everything the village checklist shows besides the current catalog; undefined while loading. */
export function useVillageChecklist(
  villageId: string,
  catalog: CatalogOf<'criteria'>,
): VillageChecklistData | undefined {
  const db = useSession((s) => s.db);
  const rows = useLiveQuery(() => villageProgressRows(db, villageId), [db, villageId]);
  const counts = useLiveQuery(() => readVillageCounts(db, villageId), [db, villageId]);
  const proposals = useLiveQuery(() => villageProposals(db, villageId), [db, villageId]);
  const audit = useLiveQuery(() => checklistAudit(db, villageId), [db, villageId]);
  // Every name of the commune's team (a few hundred at most), so no name waits on another query's keys.
  const names = useLiveQuery(() => teamNames(db), [db]);
  const versionsKey = [...new Set([...(rows ?? []), ...(proposals ?? [])].map((r) => r.criteriaVersion))]
    .filter((v) => v !== catalog.version)
    .sort()
    .join('|');
  const olderCatalogs = useLiveQuery(
    () => criteriaVersions(db, versionsKey ? versionsKey.split('|') : []),
    [db, versionsKey],
  );
  if (!rows || !counts || !audit || !names || !olderCatalogs || !proposals) return undefined;
  return { rows, counts, audit, names, olderCatalogs, proposals };
}
