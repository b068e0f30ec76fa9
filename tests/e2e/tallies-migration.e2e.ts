// The Dexie upgrade that adds the attendance tallies (v4), on a real IndexedDB in Chromium built by the v3
// code (a verbatim copy, bundled with esbuild): the pending change and the draft survive the app's first
// open, and the tallies hold exactly the attendance of the live sessions per (topic, month, village).
import assert from 'node:assert/strict';
import { test } from './support/harness';
import { waitForDatabaseVersion } from './support/database-version';
import { fixtureBundle } from './support/fixture-bundle';

const readBack = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ban-so');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['outbox', 'drafts', 'attendanceTallies'], 'readonly');
    const outbox = tx.objectStore('outbox').getAll();
    const draft = tx.objectStore('drafts').get('training:new');
    const tallies = tx.objectStore('attendanceTallies').getAll();
    tx.oncomplete = () => {
      resolve({ version: db.version, outbox: outbox.result.map((o) => [o.seq, o.status, o.patch.place]),
        draft: draft.result && draft.result.value.place,
        tallies: tallies.result.map((t) => [t.key, t.people]) });
      db.close();
    };
    tx.onerror = () => reject(tx.error);
  };
})`;

test('tallies migration: a phone on Dexie v3 with sessions and a pending change upgrades to v4 with tallies equal to its live sessions', async (t) => {
  const context = await t.newPhone();
  const page = await context.newPage();
  await page.goto(`${t.server.url}/api/v1/health`);
  await page.evaluate(await fixtureBundle('build-v3-database.ts'));
  assert.equal(await page.evaluate('buildV3()'), 3);

  await page.goto(t.server.url); // the updated app opens the same database
  await waitForDatabaseVersion(page, 'ban-so', 40);
  const after = (await page.evaluate(readBack)) as Record<string, unknown>;
  assert.deepEqual(after.outbox, [[1, 'pending', 'Nhà văn hóa (v3) #1']]);
  assert.equal(after.draft, 'Bản nháp v3');
  assert.deepEqual(after.tallies, [
    ['safety|2026-06|sample-bx-suoi-chai', 20],
    ['safety|2026-11|sample-bx-son-ha', 5],
    ['vneid|2026-06|sample-bx-suoi-chai', 20],
    ['vneid|2026-11|sample-bx-son-ha', 5],
  ]);
});
