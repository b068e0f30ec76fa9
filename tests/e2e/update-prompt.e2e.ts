// A new deployment: the app offers the update and never reloads by itself; the user's tap applies it,
// and a half-filled form's draft is offered back after the update.
// The "new version" is dist/sw.js with one byte changed, served by the same server.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/app-server';
import { enterDemo } from './support/demo';
import { expectVisible, test } from './support/harness';
import { openControlled } from './support/pwa';

const UPDATE_TEXT = 'Đã có phiên bản mới của Bản Số.';

test('the update prompt appears when a new service worker waits, and the app never reloads itself', async (t) => {
  const context = await t.newPhone();
  const page = await openControlled(context, t.server.url);
  const swPath = join(DIST, 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  t.defer(() => writeFileSync(swPath, original));

  await page.evaluate(() => {
    (window as unknown as { e2eMarker: string }).e2eMarker = 'still the same page';
  });
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });

  writeFileSync(swPath, `${original}\n// e2e: a new deployment ${Date.now()}\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expectVisible(page, 'the update prompt', page.getByText(UPDATE_TEXT), 20000);
  // Give a self-reloading app every chance to misbehave.
  await page.waitForTimeout(1500);
  assert.equal(navigations, 0, 'the page navigated by itself');
  assert.equal(
    await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker),
    'still the same page',
  );
  const axe = await new AxeBuilder({ page }).include('.update-prompt').analyze();
  assert.deepEqual(
    axe.violations.map((v) => `${v.id}: ${v.help}`),
    [],
    'axe finds no violations in the update prompt',
  );
  const waiting = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
  );
  assert.ok(waiting, 'the new service worker waits for the user');

  const reloaded = page.waitForEvent('framenavigated', { timeout: 15000 });
  await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await reloaded;
  await page.waitForLoadState('load');
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: registration?.waiting ?? null,
      controlled: navigator.serviceWorker.controller !== null,
    };
  });
  assert.equal(state.waiting, null, 'after the tap no worker is left waiting');
  assert.ok(state.controlled, 'the new worker controls the page');
  assert.equal(await page.getByText(UPDATE_TEXT).count(), 0, 'the prompt is gone after the update');
});

test('"Để sau" hides the update prompt without reloading', async (t) => {
  const context = await t.newPhone();
  const page = await openControlled(context, t.server.url);
  const swPath = join(DIST, 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  t.defer(() => writeFileSync(swPath, original));
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  writeFileSync(swPath, `${original}\n// e2e: later ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expectVisible(page, 'the update prompt', page.getByText(UPDATE_TEXT), 20000);
  await page.getByRole('button', { name: 'Để sau' }).click();
  assert.equal(await page.getByText(UPDATE_TEXT).count(), 0);
  assert.equal(navigations, 0);
});

test('a half-filled form survives an app update: the draft is offered back after "Cập nhật ngay"', async (t) => {
  const context = await t.newPhone();
  const page = await openControlled(context, t.server.url);
  await enterDemo(page);
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(page, 'the training form', page.getByLabel('Địa điểm'));
  await page.getByLabel('Địa điểm').fill('Nhà văn hóa, đang nhập dở');
  await page.waitForTimeout(1500);

  const swPath = join(DIST, 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  t.defer(() => writeFileSync(swPath, original));
  writeFileSync(swPath, `${original}\n// e2e: update mid-form ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expectVisible(page, 'the update prompt', page.getByText(UPDATE_TEXT), 20000);
  assert.equal(
    await page.getByLabel('Địa điểm').inputValue(),
    'Nhà văn hóa, đang nhập dở',
    'the form is untouched',
  );

  const reloaded = page.waitForEvent('framenavigated', { timeout: 15000 });
  await page.getByRole('button', { name: 'Cập nhật ngay' }).click();
  await reloaded;
  await expectVisible(
    page,
    'the draft offer after the update',
    page.getByText(/Có bản nháp chưa lưu từ/),
    15000,
  );
  await page.getByRole('button', { name: 'Dùng lại bản nháp' }).click();
  assert.equal(await page.getByLabel('Địa điểm').inputValue(), 'Nhà văn hóa, đang nhập dở');
});
