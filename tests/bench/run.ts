// `npm run bench`: builds the app and the benchmark page, serves them, and prints the figures of
// DESIGN.md's quality bars in one table; then runs the sync and server benchmarks when present.
// Options: BENCH_SKIP_BUILD=1 reuses dist/; BENCH_RECORDS=30000 sets the record count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DIST, ROOT } from '../e2e/support/app-server';
import { launchChromium } from '../e2e/support/browser';
import { startStaticServer } from '../e2e/support/static-server';
import { firstRouteJs, precacheSize } from './bundle-size';
import { communeViewBench, type CommuneViewResult } from './commune-view';
import { coldLoad2g, warmOfflineStart } from './load-time';
import { recordsBench } from './records';
import { median } from './throttle';

type Row = [metric: string, value: string, goal: string];

function printTable(title: string, rows: Row[]): void {
  const header: Row = ['figure', 'value', 'goal'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
}

const within = (value: number, goal: number) => (value <= goal ? '✓' : '✗');

async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'tests', 'bench', 'page'),
    base: '/bench/',
    resolve: {
      alias: {
        '@catalogs': join(ROOT, 'catalogs'),
        '@tests': join(ROOT, 'tests'),
        '@': join(ROOT, 'src'),
      },
    },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

function printCommuneView(r: CommuneViewResult): void {
  const row = (name: string, ms: number[]): Row => [
    name,
    `${median(ms)} ms (runs: ${ms.join(', ')})`,
    `≤ 300 ms ${within(median(ms), 300)}`,
  ];
  printTable(
    `Commune view: ${r.villages} villages, ${r.stored.toLocaleString('en')} records in IndexedDB, offline, 4× CPU (timed in the page; machine load ${r.loadAverage.join(' → ')})`,
    [
      row('tap on the commune link → first village with its indicators', r.tapMs),
      [
        '  main-thread CPU time of that tap (CDP ThreadTime; other processes do not add to it)',
        `${median(r.tapCpuMs)} ms (runs: ${r.tapCpuMs.join(', ')})`,
        '',
      ],
      row('  the same tap again (route code and translations loaded)', r.secondTapMs),
      row('open /checklist/commune (navigation start → first village)', r.openMs),
    ],
  );
}

/** Writes tests/bench/out/figures.json; `merge` keeps figures this run does not produce (other scripts', a
 * BENCH_KEY run's). */
function writeFigures(figures: Record<string, unknown>, merge: boolean): void {
  const outDir = join(ROOT, 'tests', 'bench', 'out');
  const file = join(outDir, 'figures.json');
  mkdirSync(outDir, { recursive: true });
  const earlier =
    merge && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...earlier, at: new Date().toISOString(), ...figures }, null, 2));
  console.log(`\nfigures written to tests/bench/out/figures.json`);
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const benchOut = mkdtempSync(join(tmpdir(), 'ban-so-bench-page-'));
  await buildBenchPage(benchOut);
  const server = await startStaticServer(DIST, 0, { '/bench/': benchOut });
  const browser = await launchChromium();
  const count = Number(process.env.BENCH_RECORDS ?? 30000);
  try {
    if (process.env.BENCH_ONLY === 'commune') {
      // BENCH_ONLY=commune: only the commune view (issue 6), merged into the figures already written
      // (under BENCH_KEY when given, e.g. communeViewBefore for a run of an older build).
      const communeView = await communeViewBench(browser, server.url, { count });
      printCommuneView(communeView);
      writeFigures({ [process.env.BENCH_KEY ?? 'communeView']: communeView }, true);
      return;
    }
    // BENCH_ONLY=records: only the 30,000-record phone figures (quick to rerun after a change).
    const onlyRecords = process.env.BENCH_ONLY === 'records';
    let first: Awaited<ReturnType<typeof firstRouteJs>> | null = null;
    let precache: ReturnType<typeof precacheSize> | null = null;
    let cold: number[] = [];
    let warm: number[] = [];
    if (!onlyRecords) {
      first = await firstRouteJs(browser, server.url, DIST);
      precache = precacheSize(DIST);
      printTable('Bundle (gzip -9)', [
        [
          `first route JS (${first.firstRoute.length} files)`,
          `${first.firstRouteKb} KB`,
          `≤ 150 KB ${within(first.firstRouteKb, 150)}`,
        ],
        [`  deferred after first screen (sync engine, zod)`, `${first.deferredKb} KB`, ''],
        [`  all JS fetched at first start-up`, `${first.startupKb} KB`, ''],
        [`precache (${precache.entries} entries)`, `${precache.gzipKb} KB (${precache.rawKb} KB raw)`, ''],
      ]);
      console.log(
        `\nfirst route: ${first.firstRoute.map((f) => `${f.path.replace('/assets/', '')} ${(f.gzip / 1024).toFixed(1)}`).join(', ')}`,
      );

      cold = await coldLoad2g(browser, server.url);
      warm = await warmOfflineStart(browser, server.url);
      printTable('Start-up (to the home screen h1)', [
        ['cold load, 2G + 4× CPU', `${median(cold)} ms (runs: ${cold.join(', ')})`, ''],
        [
          'warm offline start, 4× CPU',
          `${median(warm)} ms (runs: ${warm.join(', ')})`,
          `≤ 1000 ms ${within(median(warm), 1000)}`,
        ],
      ]);
    }

    const records = await recordsBench(browser, server.url, count);
    const goals: Record<string, number> = {
      'first page (30 newest)': 50,
      'filter by village': 50,
      'text search "nha van hoa" (broad)': 150,
      'text search "lua dao" (notes)': 150,
      'text search "giang thi dua" (trainer)': 150,
      'commune view (indicators + Thôn số standing)': 300,
    };
    printTable(
      `${records.stored.toLocaleString('en')} records in IndexedDB (training sessions, counts, checklist, Người bản số), 4× CPU (seeded in ${records.seedMs} ms)`,
      [
        ...records.queries.map((q): Row => [
          q.name,
          `${q.medianMs.toFixed(1)} ms (first ${q.firstMs.toFixed(1)} ms, ${q.rows} rows)`,
          goals[q.name] ? `≤ ${goals[q.name]} ms ${within(q.medianMs, goals[q.name]!)}` : '',
        ]),
        [
          'app: warm offline start to home',
          `${median(records.warmStartMs)} ms (runs: ${records.warmStartMs.join(', ')})`,
          `≤ 1000 ms ${within(median(records.warmStartMs), 1000)}`,
        ],
        [
          'app: training list, navigation to first row',
          `${median(records.listMs)} ms (runs: ${records.listMs.join(', ')})`,
          '',
        ],
        [
          'app: commune view (indicators + Thôn số), navigation to first village',
          `${median(records.communeViewMs)} ms (runs: ${records.communeViewMs.join(', ')})`,
          `≤ 300 ms ${within(median(records.communeViewMs), 300)}`,
        ],
        ['app JS heap: home', `${records.heapHomeMb} MB`, `≤ 60 MB ${within(records.heapHomeMb, 60)}`],
        [
          'app JS heap: training list',
          `${records.heapListMb} MB`,
          `≤ 60 MB ${within(records.heapListMb, 60)}`,
        ],
        [
          'app JS heap: list after 5 × "Xem thêm"',
          `${records.heapAfterMorePagesMb} MB`,
          `≤ 60 MB ${within(records.heapAfterMorePagesMb, 60)}`,
        ],
        ['bench page JS heap after all queries', `${records.benchPageHeapMb} MB`, ''],
      ],
    );
    const communeView = await communeViewBench(browser, server.url, { count });
    printCommuneView(communeView);
    writeFigures({ first, precache, coldMs: cold, warmMs: warm, records, communeView }, true);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(benchOut, { recursive: true, force: true });
  }

  for (const other of process.env.BENCH_ONLY === 'records' || process.env.BENCH_ONLY === 'commune'
    ? []
    : ['sync-2g.ts', 'server-throughput.ts', 'scoreboard.ts', 'lighthouse.ts', 'photos.ts']) {
    const file = join(fileURLToPath(new URL('.', import.meta.url)), other);
    if (!existsSync(file)) {
      console.log(`\n(${other} not present yet)`);
      continue;
    }
    console.log(`\n== ${other}`);
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [file], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (result.status !== 0) console.log(`${other} exited ${result.status}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
