// Lighthouse (mobile: Moto G Power, slow 4G, 4× CPU) on the home page served by the real province server:
// performance, accessibility, best practices and SEO scores with the first paints, printed and merged
// into tests/bench/out/figures.json. Goals (issue 10): performance and SEO ≥ 95, the other two 100.
// Run alone with `npx tsx tests/bench/lighthouse.ts` (needs dist/: `npm run build`), or via `npm run bench`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ROOT, startAppServer } from '../e2e/support/app-server';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/browser';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GOALS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 95,
};
/** The part of the 'largest-contentful-paint-element' audit's details that names the element. */
type LcpDetails = { items?: { items?: { node?: { snippet?: string; selector?: string } }[] }[] };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

async function main(): Promise<void> {
  const server = await startAppServer('real');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const runs: Record<string, number>[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}/`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no report');
      // The whole last report, for reading what an audit found (out/ is not committed).
      if (process.env.LIGHTHOUSE_REPORT) writeFileSync(process.env.LIGHTHOUSE_REPORT, JSON.stringify(lhr));
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const ms = (a: string) => Math.round(lhr.audits[a]?.numericValue ?? 0);
      runs.push({
        ...Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
        fcpMs: ms('first-contentful-paint'),
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
      });
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      if (failing.length) console.log(`  run ${i + 1}: audits not passed: ${failing.join(', ')}`);
      const savings = Object.values(lhr.audits)
        .filter((a) => (a.metricSavings?.FCP ?? 0) + (a.metricSavings?.LCP ?? 0) > 0)
        .map((a) => `${a.id} (FCP ${a.metricSavings?.FCP ?? 0} ms, LCP ${a.metricSavings?.LCP ?? 0} ms)`);
      if (savings.length) console.log(`  run ${i + 1}: could save: ${savings.join('; ')}`);
      // What the largest paint is: it tells whether the HTML shell or React's first render sets LCP.
      const lcpItems = (lhr.audits['largest-contentful-paint-element']?.details as LcpDetails | undefined)
        ?.items;
      const lcpNode = lcpItems?.[0]?.items?.[0]?.node;
      if (lcpNode)
        console.log(`  run ${i + 1}: largest paint: ${lcpNode.snippet ?? lcpNode.selector ?? '?'}`);
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  const median = (key: string) => {
    const values = runs.map((r) => r[key] ?? 0).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? 0;
  };
  console.log(`\nLighthouse 12 (mobile) on the home page, median of ${runs.length} runs\n`);
  for (const c of CATEGORIES) {
    const value = median(c);
    console.log(
      `  ${c.padEnd(15)} ${String(value).padStart(3)}  (runs: ${runs.map((r) => r[c]).join(', ')})  goal ≥ ${GOALS[c]} ${value >= GOALS[c] ? '✓' : '✗'}`,
    );
  }
  console.log(
    `  first contentful paint ${median('fcpMs')} ms, largest ${median('lcpMs')} ms, blocking ${median('tbtMs')} ms`,
  );
  const outDir = join(ROOT, 'tests', 'bench', 'out');
  const file = join(outDir, 'figures.json');
  mkdirSync(outDir, { recursive: true });
  const figures = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  figures.lighthouse = { at: new Date().toISOString(), runs };
  writeFileSync(file, JSON.stringify(figures, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
