// Benchmark of photo evidence (issue 8). 1) In Chromium at 4× CPU: a 12-megapixel camera JPEG through
// the app's compressPhoto + savePhoto (IndexedDB), time and peak JS heap (CDP, sampled every 20 ms).
// 2) 20 such stored photos uploaded with tus-js-client (the phone's piece size) to the real server through
// a local TCP proxy that counts every byte sent up (headers included) and cuts the link once mid-way; the
// 2G time is modelled (50 kbit/s up, 300 ms per request). 3) A record sync by the real engine with 0 and
// with 20 photos waiting. Run: npx tsx tests/bench/photos.ts (figures also go to tests/bench/out/figures.json)
import 'fake-indexeddb/auto';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, connect, type Socket } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Upload } from 'tus-js-client';
import { newId } from '@/domain/ids';
import { PHOTO_API, PHOTO_PIECE_BYTES } from '@/protocol/photo-api';
import { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import { savePhoto } from '@/storage/photos';
import { createSyncEngine } from '@/sync/sync-engine';
import { createHttpTransport, postEnrol } from '@/sync/sync-transport';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { ROOT } from '../e2e/support/app-server';
import { launchChromium } from '../e2e/support/browser';
import { COMMUNE_A, Phone, VILLAGE_A } from '../integration/support/sync-client';
import { startTestServer, type TestServer } from '../integration/support/test-server';
import { sha256 } from '../integration/support/tus-client';
import { median } from './throttle';

const PHOTOS = 20;
const RTT_S = 0.3;
const UP_BPS = 50_000 / 8;

async function compressionInChromium(): Promise<{ ms: number[]; heapPeakMb: number; photos: Buffer[] }> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests', 'bench', 'page', 'photo-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const http = createHttpServer((_req, res) => res.end('<!doctype html><title>photo bench</title>'));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as { port: number }).port;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const cdp = await context.newCDPSession(page);
    const ms: number[] = [];
    let heapPeak = 0;
    const photos: Buffer[] = [];
    for (let i = 0; i < PHOTOS; i++) {
      await page.evaluate(`photoBench.prepare(${i + 7})`); // unthrottled: the camera, not the phone
      const timed = i < 3;
      if (timed) {
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      let sampling = timed;
      const sampler = (async () => {
        while (sampling) {
          const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          heapPeak = Math.max(heapPeak, usedSize);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const stored = (await page.evaluate('photoBench.storeOne()')) as { ms: number; hash: string };
      sampling = false;
      await sampler;
      if (timed) {
        ms.push(Math.round(stored.ms));
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
      photos.push(Buffer.from(String(await page.evaluate(`photoBench.bytesOf('${stored.hash}')`)), 'base64'));
    }
    return { ms, heapPeakMb: Math.round((heapPeak / 1048576) * 10) / 10, photos };
  } finally {
    await browser.close();
    http.close();
  }
}

/** A TCP proxy that counts the bytes sent up and can cut every open connection at once. */
async function meteredLink(target: URL) {
  const sockets = new Set<Socket>();
  const stats = { upBytes: 0, connections: 0 };
  let cutAfter = Infinity;
  const server = createTcpServer((client) => {
    stats.connections++;
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      stats.upBytes += chunk.length;
      if (stats.upBytes >= cutAfter) {
        cutAfter = Infinity;
        for (const s of sockets) s.destroy(); // the link is cut, mid-piece
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, stats, cutAt: (bytes: number) => (cutAfter = bytes), close: () => server.close() };
}

function upload(url: string, token: string, bytes: Buffer, recordId: string, uploadUrl: string | null) {
  return new Promise<{ ok: boolean; url: string | null }>((resolve) => {
    const up = new Upload(bytes, {
      endpoint: url + PHOTO_API.uploads,
      ...(uploadUrl ? { uploadUrl: uploadUrl.replace(/^http:\/\/[^/]+/, url) } : {}),
      chunkSize: PHOTO_PIECE_BYTES,
      headers: { authorization: `Bearer ${token}` },
      metadata: { hash: sha256(bytes), filetype: 'image/webp', table: 'trainingSessions', recordId },
      storeFingerprintForResuming: false,
      retryDelays: [],
      onError: () => resolve({ ok: false, url: up.url }),
      onSuccess: () => resolve({ ok: true, url: up.url }),
    });
    up.start();
  });
}

async function uploadOver2g(server: TestServer, photos: Buffer[]) {
  const phone = await Phone.enrol(server, COMMUNE_A);
  const ids: string[] = [];
  for (const bytes of photos) {
    const id = newId();
    ids.push(id);
    const res = await phone.sync([phone.newTraining({ photos: [sha256(bytes)] }, id)]);
    if (res.body.results[0]?.status !== 'applied') throw new Error('record refused');
  }
  const link = await meteredLink(new URL(server.url));
  const stored = photos.reduce((s, p) => s + p.length, 0);
  link.cutAt(Math.round(stored * 0.45)); // one cut, mid-way through the batch
  let requests = 0;
  let cuts = 0;
  const pending = photos.map((bytes, i) => ({ bytes, id: ids[i]!, url: null as string | null, done: false }));
  while (pending.some((p) => !p.done)) {
    for (const p of pending.filter((q) => !q.done)) {
      const before = link.stats.connections;
      const result = await upload(link.url, phone.token, p.bytes, p.id, p.url);
      requests += Math.max(1, link.stats.connections - before);
      p.url = result.url ?? p.url;
      p.done = result.ok;
      if (!result.ok) {
        cuts++;
        break; // the phone stops at a lost link and resumes at the next trigger
      }
    }
  }
  link.close();
  const [held] = await server.query<{ n: number }>('SELECT count(*)::int AS n FROM photos');
  const matching = await server.query<{ hash: string }>('SELECT hash FROM photos WHERE hash = ANY($1)', [
    photos.map((p) => sha256(p)),
  ]);
  return { stored, sent: link.stats.upBytes, cuts, requests, held: held?.n ?? 0, matching: matching.length };
}

async function recordSyncWith(server: TestServer, photosWaiting: Buffer[]) {
  const code = await server.enrolmentCode(COMMUNE_A);
  const res = await postEnrol({ serverUrl: server.url }, { protocol: 1, code, deviceName: 'bench' });
  const db = new BanSoDatabase(`bench-${newId()}`);
  const ctx = { communeId: COMMUNE_A, actor: 'sample-member-1' };
  await createSyncEngine({
    db,
    transport: createHttpTransport({ serverUrl: server.url }),
    token: res.token,
  }).sync();
  for (const bytes of photosWaiting)
    await savePhoto(db, {
      blob: new Blob([new Uint8Array(bytes)]),
      thumb: new Blob([]),
      type: 'image/webp',
      width: 1280,
      height: 960,
    });
  for (let i = 0; i < 200; i++)
    await createRecord(db, 'trainingSessions', trainingContent(VILLAGE_A, `Bench place ${i}`), ctx);
  const started = performance.now();
  const outcome = await createSyncEngine({
    db,
    transport: createHttpTransport({ serverUrl: server.url }),
    token: res.token,
  }).sync();
  const ms = performance.now() - started;
  if (!outcome.ok) throw new Error('record sync failed');
  db.close();
  return Math.round(ms);
}

function writeFigures(photos: unknown): void {
  const dir = join(ROOT, 'tests', 'bench', 'out');
  const file = join(dir, 'figures.json');
  mkdirSync(dir, { recursive: true });
  const figures = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...figures, photos }, null, 2));
}

async function main() {
  const compression = await compressionInChromium();
  const server = await startTestServer();
  try {
    const wire = await uploadOver2g(server, compression.photos);
    const modelledS = wire.sent / UP_BPS + wire.requests * RTT_S;
    const without = [await recordSyncWith(server, []), await recordSyncWith(server, [])];
    const withPhotos = [
      await recordSyncWith(server, compression.photos),
      await recordSyncWith(server, compression.photos),
    ];
    const sizes = compression.photos.map((p) => p.length);
    const figures = {
      compressMs4xCpu: compression.ms,
      compressHeapPeakMb: compression.heapPeakMb,
      storedKb: { min: Math.min(...sizes) / 1024, max: Math.max(...sizes) / 1024 },
      upload: { ...wire, ratio: wire.sent / wire.stored, modelled2gSeconds: Math.round(modelledS) },
      recordSync200Ms: { photosWaiting0: without, photosWaiting20: withPhotos },
    };
    console.log('\nPhoto evidence');
    console.log(
      `  12 MP JPEG → stored photo, 4× CPU: ${median(compression.ms)} ms median (runs ${compression.ms.join(', ')}); goal ≤ 1500 ms`,
    );
    console.log(`  JS heap peak while processing: ${compression.heapPeakMb} MB; goal < 100 MB`);
    console.log(
      `  stored sizes: ${figures.storedKb.min.toFixed(0)}–${figures.storedKb.max.toFixed(0)} KB (≤ 150 KB)`,
    );
    console.log(
      `  ${PHOTOS} photos up: ${(wire.stored / 1024).toFixed(0)} KB stored, ${(wire.sent / 1024).toFixed(0)} KB on the wire` +
        ` (headers included, ${wire.cuts} cut) = ${figures.upload.ratio.toFixed(3)}× stored; goal ≤ 1.05×; modelled 2G ≈ ${figures.upload.modelled2gSeconds} s`,
    );
    console.log(`  province holds ${wire.matching}/${PHOTOS} with the phone's SHA-256`);
    console.log(
      `  record sync of 200 sessions: ${without.join(', ')} ms with 0 photos waiting; ${withPhotos.join(', ')} ms with 20 waiting`,
    );
    writeFigures(figures);
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
