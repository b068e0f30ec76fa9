// The first-load budget of DESIGN.md, checked on every build (a size, not a timing): the JS of the first
// route stays ≤ 150 KB gzip, and neither zod, the sync engine nor another feature's screens ride on it.
import assert from 'node:assert/strict';
import { firstRouteChunks, kb } from '../bench/bundle-size';
import { DIST } from './support/app-server';
import { test } from './support/harness';

test('the first route loads at most 150 KB of gzipped JS, without zod, sync or other features', async () => {
  const chunks = firstRouteChunks(DIST);
  const total = kb(chunks.reduce((sum, c) => sum + c.gzip, 0));
  const names = chunks.map((c) => c.path.replace('/assets/', ''));
  assert.ok(total <= 150, `first route: ${total} KB gzip > 150 KB (${names.join(', ')})`);
  for (const forbidden of [
    /^zod-/,
    /^app-sync-/,
    /^sync-engine-/,
    /^training-/,
    /^checklist-/,
    /^province-/,
  ]) {
    assert.deepEqual(
      names.filter((n) => forbidden.test(n)),
      [],
      `${forbidden} is on the first route`,
    );
  }
});
