// Published catalog versions, kept for ever (progress names the criteria version it was assessed
// against). The current version of a kind is the last one published. A published version never
// changes; parsed data is cached by the SHA-256 of its content, so the cache is correct whatever
// database or server published it.
import { createHash } from 'node:crypto';
import { parseCatalog, type AdminUnits, type CatalogKind, type CatalogOf } from '@/domain/catalog';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';

export type AnyCatalog = CatalogOf<CatalogKind>;
export interface CatalogVersionRow {
  kind: CatalogKind;
  version: string;
  published_at: string;
  sample: boolean;
  current: boolean;
  digest: string;
}

const cache = new Map<string, AnyCatalog>();

export async function listCatalogVersions(db: Queryable): Promise<CatalogVersionRow[]> {
  return db.query<CatalogVersionRow>(
    `SELECT kind, version, published_at, sample, digest,
            published_seq = max(published_seq) OVER (PARTITION BY kind) AS current
       FROM catalogs ORDER BY kind, published_seq`,
  );
}

export async function loadCatalog(
  db: Queryable,
  entry: Pick<CatalogVersionRow, 'kind' | 'version' | 'digest'>,
): Promise<AnyCatalog> {
  const { kind, version, digest } = entry;
  const hit = cache.get(digest);
  if (hit?.kind === kind && hit.version === version) return hit;
  const [row] = await db.query<{ published_at: string; sample: boolean; source: string; data: unknown }>(
    'SELECT published_at, sample, source, data FROM catalogs WHERE kind = $1 AND version = $2',
    [kind, version],
  );
  if (!row) throw new ApiError(404, 'not_found', 'errors.notFound', `catalog ${kind} ${version}`);
  const catalog = parseCatalog({
    kind,
    version,
    publishedAt: row.published_at,
    sample: row.sample,
    source: row.source,
    data: row.data,
  });
  cache.set(digest, catalog);
  return catalog;
}

export async function currentCatalogs(db: Queryable): Promise<AnyCatalog[]> {
  const rows = (await listCatalogVersions(db)).filter((r) => r.current);
  return Promise.all(rows.map((r) => loadCatalog(db, r)));
}

export async function currentCatalog<K extends CatalogKind>(
  db: Queryable,
  kind: K,
): Promise<CatalogOf<K> | undefined> {
  const row = (await listCatalogVersions(db)).find((r) => r.kind === kind && r.current);
  return row ? ((await loadCatalog(db, row)) as CatalogOf<K>) : undefined;
}

/** Stores a validated catalog as the new current version of its kind; a version is published once. */
export async function publishCatalog(db: Queryable, input: unknown): Promise<AnyCatalog> {
  const catalog = parseCatalog(input);
  const json = JSON.stringify(catalog);
  const digest = createHash('sha256').update(json).digest('hex');
  const inserted = await db.query(
    `INSERT INTO catalogs (kind, version, published_at, sample, source, data, digest)
     VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7) ON CONFLICT (kind, version) DO NOTHING RETURNING 1`,
    [
      catalog.kind,
      catalog.version,
      catalog.publishedAt,
      catalog.sample,
      catalog.source,
      JSON.stringify(catalog.data),
      digest,
    ],
  );
  if (inserted.length === 0)
    throw new ApiError(409, 'version_exists', 'errors.versionExists', `${catalog.kind} ${catalog.version}`);
  return catalog;
}

/** The administrative units a commune device needs: its own commune and villages (all for the province). */
export function adminUnitsFor(
  catalog: CatalogOf<'adminUnits'>,
  communeId: string | null,
): CatalogOf<'adminUnits'> {
  if (communeId === null) return catalog;
  const data: AdminUnits = {
    province: catalog.data.province,
    communes: catalog.data.communes.filter((c) => c.id === communeId),
    villages: catalog.data.villages.filter((v) => v.communeId === communeId),
  };
  return { ...catalog, data };
}
