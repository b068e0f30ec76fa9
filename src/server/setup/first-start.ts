// First start: a province administrator (`admin`, password from ADMIN_PASSWORD or random, shown once),
// and the sample catalogs and sample team — each marked sample — for kinds that have no catalog yet.
import adminUnits from '@catalogs/samples/admin-units.sample.json';
import criteria from '@catalogs/samples/criteria.sample.json';
import helpKinds from '@catalogs/samples/help-kinds.sample.json';
import indicators from '@catalogs/samples/indicators.sample.json';
import team from '@catalogs/samples/team.sample.json';
import trainingTopics from '@catalogs/samples/training-topics.sample.json';
import { newPassword } from '@/server/auth/secrets';
import { createAdmin } from '@/server/admin/admin-session';
import { listCatalogVersions, publishCatalog } from '@/server/catalogs/catalog-store';
import type { Database } from '@/server/db/database';
import { writeServerRecord } from '@/server/sync/server-writes';

export const SAMPLE_CATALOGS: unknown[] = [adminUnits, trainingTopics, helpKinds, criteria, indicators];
export const ADMIN_USERNAME = 'admin';

/** Creates the administrator if there is none; returns the password when one was created. */
export async function ensureAdmin(db: Database, now: number, password?: string): Promise<string | null> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::float8 AS n FROM admins');
  if ((row?.n ?? 0) > 0) return null;
  const chosen = password && password.length > 0 ? password : newPassword();
  await createAdmin(db, ADMIN_USERNAME, chosen, now);
  return chosen;
}

/** Installs the sample catalogs (kinds with no catalog only) and the sample team. Returns what it installed. */
export async function installSamples(db: Database, now: number): Promise<string[]> {
  const have = new Set((await listCatalogVersions(db)).map((c) => c.kind));
  const installed: string[] = [];
  for (const catalog of SAMPLE_CATALOGS) {
    const kind = (catalog as { kind: string }).kind;
    if (have.has(kind as never)) continue;
    await publishCatalog(db, catalog);
    installed.push(kind);
  }
  if (installed.includes('adminUnits')) {
    await db.transaction(async (tx) => {
      for (const member of team.teamMembers) {
        const { id, communeId, ...fields } = member;
        await writeServerRecord(tx, 'teamMembers', id, communeId, fields, now);
      }
    });
    installed.push('teamMembers');
  }
  return installed;
}
