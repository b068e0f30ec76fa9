// The village the user has chosen (it stays chosen across screens) with its name from the admin catalog.
import type { Village } from '@/domain/catalog';
import { useCatalog, useSession } from '@/storage/use-session';

export interface ChosenVillage {
  villageId: string | null;
  /** Undefined while the catalog loads; null when the id is not in the catalog. */
  village: Village | null | undefined;
}

export function useChosenVillage(): ChosenVillage {
  const villageId = useSession((s) => s.villageId);
  const units = useCatalog('adminUnits');
  const village =
    units === undefined ? undefined : (units?.data.villages.find((v) => v.id === villageId) ?? null);
  return { villageId, village };
}
