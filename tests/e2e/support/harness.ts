// The smallest test harness that fits browser tests: register named tests, run them one by one with a
// fresh phone context each, a time limit per test, and a closing `N passed, N failed` line.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppServer } from './app-server';
import { phoneContext } from './browser';

export interface TestContext {
  browser: Browser;
  server: AppServer;
  /** A new phone-sized browser context; closed after the test. */
  newPhone: () => Promise<BrowserContext>;
  /** Registers cleanup work that runs after the test, pass or fail. */
  defer: (fn: () => Promise<void> | void) => void;
}

export interface E2eTest {
  name: string;
  run: (t: TestContext) => Promise<void>;
  timeoutMs?: number;
}

const tests: E2eTest[] = [];

export function test(name: string, run: E2eTest['run'], timeoutMs?: number): void {
  tests.push({ name, run, timeoutMs });
}

export function registeredTests(): E2eTest[] {
  return tests;
}

export interface Outcome {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** On failure, a full-page screenshot of every open page (E2E_SHOTS, default /tmp/ban-so-e2e-shots). */
async function screenshotPages(contexts: BrowserContext[], name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS ?? join(tmpdir(), 'ban-so-e2e-shots');
  mkdirSync(dir, { recursive: true });
  const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  let n = 0;
  for (const context of contexts) {
    for (const page of context.pages()) {
      const file = join(dir, `${slug}-${++n}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 5000 }).catch(() => undefined);
      console.log(`    screenshot: ${file} (${page.url()})`);
    }
  }
}

export async function runOne(entry: E2eTest, browser: Browser, server: AppServer): Promise<Outcome> {
  const started = Date.now();
  const cleanups: Array<() => Promise<void> | void> = [];
  const contexts: BrowserContext[] = [];
  const t: TestContext = {
    browser,
    server,
    newPhone: async () => {
      const context = await phoneContext(browser);
      contexts.push(context);
      return context;
    },
    defer: (fn) => cleanups.push(fn),
  };
  let error: string | undefined;
  try {
    await withTimeout(entry.run(t), entry.timeoutMs ?? 90000, entry.name);
  } catch (e) {
    error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  if (error !== undefined) await screenshotPages(contexts, entry.name);
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (e) {
      error ??= `cleanup failed: ${String(e)}`;
    }
  }
  for (const context of contexts) await context.close().catch(() => undefined);
  return { name: entry.name, ok: error === undefined, ms: Date.now() - started, error };
}

/** Fails with a readable message when a screen a test needs has not been built yet. */
export async function expectVisible(
  page: Page,
  what: string,
  locator: ReturnType<Page['getByText']>,
  ms = 10000,
) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: ms });
  } catch {
    throw new Error(`expected to see ${what} on ${page.url()} — not found within ${ms} ms`);
  }
}
