// Browser tests runner: builds the app, starts the server (the real province server when it exists),
// launches Chromium and runs every tests/e2e/*.e2e.ts. Prints `N passed, N failed`; exits 1 on failure.
// Options: a name filter as argument; E2E_SKIP_BUILD=1 reuses dist/; E2E_SERVER=static|real.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, startAppServer } from './support/app-server';
import { launchChromium } from './support/browser';
import { registeredTests, runOne, type Outcome } from './support/harness';

function build(): void {
  const started = Date.now();
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
  console.log(`built dist/ in ${Date.now() - started} ms`);
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  if (process.env.E2E_SKIP_BUILD !== '1') build();
  const files = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
  for (const file of files) await import(pathToFileURL(join(import.meta.dirname, file)).href);
  const selected = registeredTests().filter((t) => !filter || t.name.includes(filter));

  const server = await startAppServer();
  console.log(`server: ${server.kind} at ${server.url}`);
  const browser = await launchChromium();
  const outcomes: Outcome[] = [];
  try {
    for (const entry of selected) {
      const outcome = await runOne(entry, browser, server);
      outcomes.push(outcome);
      console.log(`${outcome.ok ? '✓' : '✗'} ${outcome.name} (${outcome.ms} ms)`);
      if (outcome.error) console.log(outcome.error.replace(/^/gm, '    '));
    }
  } finally {
    await browser.close();
    const failedAny = outcomes.some((o) => !o.ok);
    if (failedAny && server.kind === 'real') {
      console.log('--- server output (last lines) ---');
      console.log(server.output().split('\n').slice(-40).join('\n'));
    }
    await server.stop();
  }
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
