// The Dexie upgrade that adds photos (v3), on a real IndexedDB in Chromium built by the v2 code (a
// verbatim copy, bundled with esbuild): pending changes, a refused one and a half-filled draft survive the
// app's first open, and the new photos table and indexes are there.
import assert from 'node:assert/strict';
import { test } from './support/harness';
import { waitForDatabaseVersion } from './support/database-version';
import { fixtureBundle } from './support/fixture-bundle';

const readBack = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ban-so');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const stores = Array.from(db.objectStoreNames);
    const tx = db.transaction(['outbox', 'drafts', 'trainingSessions', 'meta', 'photos'], 'readonly');
    const outbox = tx.objectStore('outbox').getAll();
    const draft = tx.objectStore('drafts').get('training:new');
    const session = tx.objectStore('trainingSessions').get('v2-session-1');
    const cursor = tx.objectStore('meta').get('pullCursor');
    const photoIndexes = Array.from(tx.objectStore('trainingSessions').indexNames);
    const photoStore = Array.from(tx.objectStore('photos').indexNames);
    tx.oncomplete = () => {
      resolve({ version: db.version, stores, outbox: outbox.result.map((o) => [o.seq, o.status, o.patch.place]),
        draft: draft.result && draft.result.value, place: session.result && session.result.place,
        cursor: cursor.result && cursor.result.value, photoIndexes, photoStore });
      db.close();
    };
    tx.onerror = () => reject(tx.error);
  };
})`;

test('photo migration: a phone on Dexie v2 with pending changes and a half-filled draft upgrades to v3 losing nothing', async (t) => {
  const context = await t.newPhone();
  const page = await context.newPage();
  // Same origin as the app, but no app code yet: the old app builds its database first.
  await page.goto(`${t.server.url}/api/v1/health`);
  // Evaluated over the debugging protocol: the server's CSP (rightly) refuses an inline script tag.
  await page.evaluate(await fixtureBundle('build-v2-database.ts'));
  assert.equal(await page.evaluate('buildV2()'), 2);

  await page.goto(t.server.url); // the updated app opens the same database
  await waitForDatabaseVersion(page, 'ban-so', 30);
  const after = (await page.evaluate(readBack)) as Record<string, unknown>;
  assert.deepEqual(after.outbox, [
    [1, 'pending', 'Nhà văn hóa (v2) #1'],
    [2, 'pending', 'Nhà văn hóa (v2) #2'],
    [3, 'rejected', 'Nhà văn hóa (v2) #3'],
  ]);
  assert.deepEqual(after.draft, { place: 'Bản nháp dở dang', topics: [] });
  assert.equal(after.place, 'Nhà văn hóa (v2)');
  assert.equal(after.cursor, 'cursor-v2');
  assert.ok((after.stores as string[]).includes('photos'), 'the photos table exists');
  assert.ok((after.photoIndexes as string[]).includes('photos'), 'training sessions are indexed by photo');
  assert.deepEqual(after.photoStore, ['state']);
});
