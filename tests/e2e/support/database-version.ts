// Waits, inside the page, until the app has opened its IndexedDB at (at least) a version. Polled with
// an explicit loop: waitForFunction given an expression that yields a Promise took it as truthy and went on, and
// a test that then reads the old database holds its connection and blocks the app's upgrade for good.
import type { Page } from 'playwright-core';

export async function waitForDatabaseVersion(page: Page, name: string, version: number): Promise<void> {
  const reached = await page.evaluate(
    async ([db, at]) => {
      for (let i = 0; i < 300; i++) {
        if ((await indexedDB.databases()).some((d) => d.name === db && (d.version ?? 0) >= at)) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    },
    [name, version] as const,
  );
  if (!reached) throw new Error(`the app did not open ${name} at version ${version} within 30 s`);
}
