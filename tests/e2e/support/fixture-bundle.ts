// A fixture under tests/e2e/fixtures bundled for the browser with esbuild (one IIFE), for page.evaluate:
// the old versions' database code that the migration tests run before the current app opens.
import { join } from 'node:path';
import { build } from 'esbuild';

export async function fixtureBundle(file: string): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, '..', 'fixtures', file)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
