// Everything the commune view shows, read in ONE read-only Dexie transaction: the three current catalogs
// and the commune's facts. Reading the catalogs first in their own live queries cost a waterfall (catalogs,
// re-render, then the facts) and ran the facts query again for every catalog that arrived.
import type { CatalogOf, Village } from '@/domain/catalog';
import type { Period } from '@/domain/periods';
import { currentCatalog } from '@/storage/catalogs';
import type { BanSoDatabase } from '@/storage/database';
import { communeData, type CommuneData } from './commune-facts';

export interface CommuneView {
  criteria: CatalogOf<'criteria'> | null;
  units: CatalogOf<'adminUnits'> | null;
  indicators: CatalogOf<'indicators'> | null;
  /** The commune's villages, in catalog order. */
  villages: Village[];
  data: CommuneData;
}

export async function readCommuneView(
  db: BanSoDatabase,
  communeId: string | null,
  period: Period,
): Promise<CommuneView> {
  const tables = [
    db.catalogs,
    db.villageCounts,
    db.checklistProgress,
    db.recognitions,
    db.banSoHelpers,
    db.trainingSessions,
    db.attendanceTallies,
  ];
  return db.transaction('r', tables, async () => {
    const [criteria, units, indicators] = await Promise.all([
      currentCatalog(db, 'criteria'),
      currentCatalog(db, 'adminUnits'),
      currentCatalog(db, 'indicators'),
    ]);
    const villages = (units?.data.villages ?? []).filter((v) => v.communeId === communeId);
    const data = await communeData(db, villages, period, indicators?.data ?? null);
    return {
      criteria: criteria ?? null,
      units: units ?? null,
      indicators: indicators ?? null,
      villages,
      data,
    };
  });
}
