// Catalogs on the phone: every received version is kept (progress names the version it was assessed
// against), and one version per kind is marked current.
import type { CatalogKind, CatalogOf } from '@/domain/catalog';
import type { BanSoDatabase } from './database';

export async function currentCatalog<K extends CatalogKind>(
  db: BanSoDatabase,
  kind: K,
): Promise<CatalogOf<K> | undefined> {
  const row = await db.catalogs.where('[kind+current]').equals([kind, 1]).first();
  return row?.catalog as CatalogOf<K> | undefined;
}

export async function catalogVersion<K extends CatalogKind>(
  db: BanSoDatabase,
  kind: K,
  version: string,
): Promise<CatalogOf<K> | undefined> {
  return (await db.catalogs.get([kind, version]))?.catalog as CatalogOf<K> | undefined;
}

/** Stores a catalog and makes it current for its kind, in one transaction. */
export async function installCatalog(db: BanSoDatabase, catalog: CatalogOf<CatalogKind>): Promise<void> {
  await db.transaction('rw', db.catalogs, async () => {
    await db.catalogs.where('[kind+current]').equals([catalog.kind, 1]).modify({ current: 0 });
    await db.catalogs.put({ kind: catalog.kind, version: catalog.version, catalog, current: 1 });
  });
}

/** The current version of each kind, as the sync request reports it. */
export async function catalogVersions(db: BanSoDatabase): Promise<Partial<Record<CatalogKind, string>>> {
  const rows = (await db.catalogs.toArray()).filter((r) => r.current === 1);
  return Object.fromEntries(rows.map((r) => [r.kind, r.version]));
}
