// Demo mode: fills the separate demo database with the sample catalogs, sample team and a few example
// records, all marked as samples. The demo database is never synced, so nothing typed while training
// reaches the province. Loaded lazily (only when demo mode is entered), never on the first-load path.
import adminUnits from '@catalogs/samples/admin-units.sample.json';
import criteria from '@catalogs/samples/criteria.sample.json';
import helpKinds from '@catalogs/samples/help-kinds.sample.json';
import indicators from '@catalogs/samples/indicators.sample.json';
import team from '@catalogs/samples/team.sample.json';
import trainingTopics from '@catalogs/samples/training-topics.sample.json';
import { parseCatalog } from '@/domain/catalog';
import { isoDate } from '@/domain/dates';
import { encodeHlc } from '@/domain/hlc';
import { applyMutation } from '@/domain/merge';
import { SCHEMA_VERSION } from '@/domain/record-base';
import type { RecordTable } from '@/domain/record-tables';
import { installCatalog } from './catalogs';
import { BanSoDatabase, DEMO_DATABASE } from './database';
import { setMeta } from './meta';
import { indexFields } from './search-index';
import { loadSession, sessionStore, switchMode } from './session-store';

export const SAMPLE_CATALOGS = [adminUnits, trainingTopics, helpKinds, criteria, indicators].map((c) =>
  parseCatalog(c),
);
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

/** Example records so a trainee sees lists and counts at once: dated relative to `today`, never synced. */
export function sampleRecords(
  today: Date,
): Array<{ table: RecordTable; id: string; content: Record<string, unknown> }> {
  const daysAgo = (n: number) =>
    isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - n));
  const helper = (id: string, villageId: string, name: string) => ({
    table: 'banSoHelpers' as const,
    id,
    content: { villageId, name, phone: '', notes: 'Dữ liệu mẫu', active: true },
  });
  const session = (
    id: string,
    villageId: string,
    date: string,
    place: string,
    total: number,
    vneid: number,
  ) => ({
    table: 'trainingSessions' as const,
    id,
    content: {
      villageId,
      date,
      place,
      durationMinutes: 90,
      topics: ['vneid', 'safety'],
      trainers: ['Vàng A Sử (mẫu)'],
      targetGroup: 'residents',
      language: 'hmn',
      attendees: { total, women: Math.floor(total / 2), ethnicMinority: total, ageBands: {} },
      outcomes: { 'vneid-activated': vneid },
      notes: 'Dữ liệu mẫu',
    },
  });
  const help = (
    id: string,
    helperId: string,
    villageId: string,
    date: string,
    kind: string,
    people: number,
  ) => ({
    table: 'helpActivities' as const,
    id,
    content: {
      villageId,
      helperId,
      date,
      kind,
      peopleHelped: people,
      householdsHelped: 0,
      notes: 'Dữ liệu mẫu',
    },
  });
  return [
    helper('sample-helper-1', 'sample-bx-suoi-chai', 'Giàng Thị Dua (mẫu)'),
    helper('sample-helper-2', 'sample-bx-suoi-chai', 'Sùng A Páo (mẫu)'),
    helper('sample-helper-3', 'sample-bx-son-ha', 'Lò Văn Thắng (mẫu)'),
    session('sample-session-1', 'sample-bx-suoi-chai', daysAgo(1), 'Nhà văn hóa thôn Suối Chải', 24, 9),
    session('sample-session-2', 'sample-bx-son-ha', daysAgo(6), 'Điểm trường Sơn Hà', 18, 5),
    session('sample-session-3', 'sample-bx-suoi-chai', daysAgo(35), 'Nhà văn hóa thôn Suối Chải', 30, 12),
    help('sample-help-1', 'sample-helper-1', 'sample-bx-suoi-chai', daysAgo(1), 'vneid', 3),
    help('sample-help-2', 'sample-helper-2', 'sample-bx-suoi-chai', daysAgo(3), 'e-payment', 2),
    help('sample-help-3', 'sample-helper-3', 'sample-bx-son-ha', daysAgo(8), 'scam-warning', 6),
  ];
}

/** Writes the example records once (when the demo database has none), without outbox entries. */
export async function seedDemoRecords(db: BanSoDatabase, today = new Date()): Promise<void> {
  if ((await db.trainingSessions.count()) > 0) return;
  const hlc = encodeHlc({ millis: today.getTime() - 60_000, counter: 0, node: 'sample' });
  const rows = sampleRecords(today).map(({ table, id, content }) => {
    const { record } = applyMutation(undefined, {
      id,
      communeId: DEMO_COMMUNE_ID,
      actor: 'sample-member-1',
      hlc,
      patch: { ...content, deleted: false },
    });
    return { table, row: indexFields(table, record) };
  });
  await db.transaction('rw', [db.banSoHelpers, db.trainingSessions, db.helpActivities], async () => {
    for (const { table, row } of rows) await db.recordTable(table).put(row);
  });
}

/** Opens the demo database, fills it with samples (first time) and loads its session. */
export async function enterDemo(): Promise<void> {
  await switchMode('demo');
  const { db } = sessionStore.getState();
  await seedDemo(db);
  await seedDemoRecords(db);
  await loadSession();
}

/** Wipes the demo database and fills it again, so each training class starts from the same samples. */
export async function resetDemo(): Promise<void> {
  const current = sessionStore.getState();
  if (current.mode !== 'demo') return;
  await current.db.delete();
  const db = new BanSoDatabase(DEMO_DATABASE);
  sessionStore.setState({ db, communeId: null, memberId: null, villageId: null });
  await seedDemo(db);
  await seedDemoRecords(db);
  await loadSession();
}
