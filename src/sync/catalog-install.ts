// Catalog versions published by the province arrive with a sync response; each newer one is validated and
// installed as current (older versions stay: progress names the version it was assessed against).
import { parseCatalog } from '@/domain/catalog';
import { catalogVersions, installCatalog } from '@/storage/catalogs';
import type { BanSoDatabase } from '@/storage/database';

export async function installNewCatalogs(db: BanSoDatabase, catalogs: unknown[]): Promise<number> {
  if (catalogs.length === 0) return 0;
  const current = await catalogVersions(db);
  let installed = 0;
  for (const raw of catalogs) {
    try {
      const catalog = parseCatalog(raw);
      if (current[catalog.kind] === catalog.version) continue;
      await installCatalog(db, catalog);
      installed++;
    } catch {
      // A catalog this app version cannot read is skipped; the next app update will take it.
    }
  }
  return installed;
}
