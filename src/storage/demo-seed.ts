// Demo mode: fills the separate demo database with the sample catalogs and sample team, all marked as
// samples. The demo database is never synced, so nothing typed while training reaches the province.
import adminUnits from '@catalogs/samples/admin-units.sample.json';
import criteria from '@catalogs/samples/criteria.sample.json';
import helpKinds from '@catalogs/samples/help-kinds.sample.json';
import team from '@catalogs/samples/team.sample.json';
import trainingTopics from '@catalogs/samples/training-topics.sample.json';
import { parseCatalog } from '@/domain/catalog';
import { encodeHlc } from '@/domain/hlc';
import { SCHEMA_VERSION } from '@/domain/record-base';
import { installCatalog } from './catalogs';
import type { BanSoDatabase } from './database';
import { setMeta } from './meta';

export const SAMPLE_CATALOGS = [adminUnits, trainingTopics, helpKinds, criteria].map((c) => parseCatalog(c));
export const DEMO_COMMUNE_ID = 'sample-bat-xat';

/** Installs the sample catalogs and team into `db` (idempotent). */
export async function seedDemo(db: BanSoDatabase): Promise<void> {
  for (const catalog of SAMPLE_CATALOGS) await installCatalog(db, catalog);
  const stamp = encodeHlc({ millis: Date.parse('2026-11-01T00:00:00Z'), counter: 0, node: 'sample' });
  await db.teamMembers.bulkPut(
    team.teamMembers.map((m) => ({
      ...m,
      createdBy: 'sample',
      updatedAt: stamp,
      fieldClocks: {},
      fieldAuthors: {},
      deleted: false,
      schemaVersion: SCHEMA_VERSION,
    })),
  );
  await setMeta(db, 'demoCommune', DEMO_COMMUNE_ID);
}
