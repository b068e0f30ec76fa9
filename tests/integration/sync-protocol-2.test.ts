// Protocol 2 of the sync against the real server over real HTTP, on PGlite and PostgreSQL: old phones
// (protocol 1) and new ones work side by side; a phone never gets its own changes back, but always gets a
// row someone else changed; large pushes and pulls go in bounded requests and a cut resumes where it was;
// malformed batches are refused; replies are compressed by @fastify/compress.
import { gunzipSync } from 'node:zlib';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { syncResponseSchema } from '@/protocol/sync-messages';
import {
  decodeRequestV2,
  encodeRequestV2,
  syncRequestV2Schema,
  syncResponseV2Schema,
} from '@/protocol/sync-protocol-2';
import { MAX_PUSH_MUTATIONS_V2 } from '@/protocol/version';
import { applyPush } from '@/server/sync/apply-push';
import { echoTest, heldRows, phoneRows } from '@/server/sync/own-echo';
import { pullPage } from '@/server/sync/pull-page';
import { getMeta, META } from '@/storage/meta';
import type { FetchLike } from '@/sync/sync-transport';
import { EnginePhone, type PhoneOptions } from './sync-phone';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, Phone, postJson, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';
import { syncedPart } from '@/storage/search-index';

interface Exchange {
  /** Seqs of the mutations the request carried. */
  sent: number[];
  reply: Record<string, unknown> | null;
}

/** fetch that records every sync exchange (decoded) and can lose one request: `before` the server sees
 * it, or `after` it committed (the phone never hears the answer). */
function recordingFetch(log: Exchange[], cut?: { at: number; when: 'before' | 'after' }): FetchLike {
  let n = 0;
  return async (url, init) => {
    const body = JSON.parse(gunzipSync(init.body as Uint8Array).toString('utf8')) as {
      mutations?: { seq: number }[];
      push?: unknown;
    };
    const index = ++n;
    if (cut?.at === index && cut.when === 'before') throw new TypeError('network cut');
    const res = await fetch(url, init);
    if (cut?.at === index && cut.when === 'after') {
      await res.arrayBuffer(); // the server committed and answered; the phone never hears it
      throw new TypeError('network cut after commit');
    }
    const text = await res.clone().text();
    const request = body.push ? decodeRequestV2(syncRequestV2Schema.parse(body)) : null;
    log.push({
      sent: request?.ok
        ? request.request.mutations.map((m) => m.seq)
        : (body.mutations ?? []).map((m) => m.seq),
      reply: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    });
    return res;
  };
}

const sentSeqs = (log: Exchange[]) => log.flatMap((e) => e.sent);

describe.each(BACKENDS)('sync protocol 2 on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    }, 60_000);

    const enrol = (opts: PhoneOptions = {}) => EnginePhone.enrol(server, COMMUNE_A, opts);
    const serverRow = async (id: string) =>
      (
        await server.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE id = $1', [id])
      )[0]?.data;

    it('answers each phone in the protocol it speaks: old (1) and new (2) phones share records both ways', async () => {
      const oldLog: Exchange[] = [];
      const newLog: Exchange[] = [];
      const old = await enrol({ protocol: 1, fetch: recordingFetch(oldLog) });
      const modern = await enrol({ fetch: recordingFetch(newLog) });
      const a = await old.create('trainingSessions', trainingContent(VILLAGE_A, 'Ghi bằng máy cũ'));
      const b = await modern.create('trainingSessions', trainingContent(VILLAGE_A, 'Ghi bằng máy mới'));
      for (let i = 0; i < 2; i++) {
        await old.settle();
        await modern.settle();
      }
      for (const phone of [old, modern]) {
        expect(await phone.db.trainingSessions.get(a.id)).toMatchObject({ place: 'Ghi bằng máy cũ' });
        expect(await phone.db.trainingSessions.get(b.id)).toMatchObject({ place: 'Ghi bằng máy mới' });
      }
      expect(oldLog.length).toBeGreaterThan(0);
      for (const e of oldLog) expect(syncResponseSchema.parse(e.reply).protocol).toBe(1);
      for (const e of newLog) expect(syncResponseV2Schema.parse(e.reply).protocol).toBe(2);
    });

    it('never sends a phone its own just-applied changes back, in one request; another phone gets them all', async () => {
      const log: Exchange[] = [];
      const phone = await enrol({ fetch: recordingFetch(log) });
      await phone.settle();
      const made = [];
      for (let i = 0; i < 40; i++)
        made.push(
          await phone.create('trainingSessions', trainingContent(VILLAGE_A, `Buổi ${i}`, `ghi chú ${i}`)),
        );
      await phone.write('trainingSessions', made[0]!.id, { notes: 'sửa lại' });
      await phone.remove('trainingSessions', made[1]!.id);
      log.length = 0;
      const outcome = await phone.sync();
      expect(outcome).toMatchObject({ ok: true, requests: 1, acknowledged: 42, received: 0 });
      expect(syncResponseV2Schema.parse(log[0]!.reply).rows).toEqual({});
      // What the phone holds is exactly the server's row.
      for (const rec of made.slice(0, 3)) {
        const local = syncedPart((await phone.db.trainingSessions.get(rec.id))!);
        expect(local).toEqual(await serverRow(rec.id));
      }
      const other = await enrol();
      await other.settle();
      expect(
        await other.db.trainingSessions
          .where('id')
          .anyOf(made.map((m) => m.id))
          .count(),
      ).toBe(40);
      expect((await other.db.trainingSessions.get(made[0]!.id))?.notes).toBe('sửa lại');
      expect((await other.db.trainingSessions.get(made[1]!.id))?.deleted).toBe(true);
    });

    it('still sends the merged row when another device won a field or wrote after the phone last pulled', async () => {
      let clock = Date.now();
      const now = () => clock;
      const one = await enrol({ now, actor: 'sample-member-1' });
      const two = await enrol({ now, actor: 'sample-member-2' });
      const rec = await one.create('trainingSessions', trainingContent(VILLAGE_A, 'Nhà văn hóa'));
      await one.settle();
      await two.settle();
      // Offline, one edits notes first; later two edits notes and duration and syncs first.
      clock += 1000;
      await one.write('trainingSessions', rec.id, { notes: 'của máy một', place: 'Trường học' });
      clock += 1000;
      await two.write('trainingSessions', rec.id, { notes: 'của máy hai', durationMinutes: 45 });
      await two.settle();
      const outcome = await one.sync();
      expect(outcome.ok).toBe(true);
      expect(outcome.received).toBeGreaterThanOrEqual(1);
      const mine = await one.db.trainingSessions.get(rec.id);
      expect(mine).toMatchObject({ notes: 'của máy hai', durationMinutes: 45, place: 'Trường học' });
      const local = syncedPart(mine!);
      expect(local).toEqual(await serverRow(rec.id));
    });

    it('a write landing between reading what the phone holds and applying its push reaches the phone', async () => {
      const a = await Phone.enrol(server, COMMUNE_A);
      const b = await Phone.enrol(server, COMMUNE_A, 'sample-member-2');
      const raced = a.newTraining();
      const quiet = a.newTraining();
      const created = await a.sync([raced, quiet]);
      expect({ status: created.status, body: created.body }).toMatchObject({ status: 200 });
      await a.pullAll();
      await b.pullAll();
      const edits = [
        a.mutation('trainingSessions', raced.id, { place: 'Máy A sửa' }),
        a.mutation('trainingSessions', quiet.id, { place: 'Máy A sửa' }),
      ];
      const held = await heldRows(server.db, edits, a.cursor);
      // B's edit commits after A's held rows were read and before A's push is applied.
      expect((await b.sync([b.mutation('trainingSessions', raced.id, { notes: 'Máy B ghi' })])).status).toBe(
        200,
      );
      const results = await server.db.transaction((tx) =>
        applyPush(tx, a.enrolment.deviceId, edits, Date.now(), null),
      );
      const isEcho = echoTest(phoneRows(held, edits, results));
      const json = async (id: string) =>
        (await server.query<{ j: string }>('SELECT data::text AS j FROM records WHERE id = $1', [id]))[0]!.j;
      expect(isEcho('trainingSessions', raced.id, await json(raced.id))).toBe(false);
      expect(isEcho('trainingSessions', quiet.id, await json(quiet.id))).toBe(true);
    });

    it('a very large push goes in bounded requests; a cut mid-way resumes without resending finished ones', async () => {
      const log: Exchange[] = [];
      const opts: PhoneOptions = { pushBudget: 1500, retries: 0 };
      const phone = await enrol({ ...opts, fetch: recordingFetch(log, { at: 3, when: 'after' }) });
      await phone.settle(); // request 1: catalogs and team
      const ids: string[] = [];
      for (let i = 0; i < 150; i++) {
        const content = trainingContent(VILLAGE_A, `Lô ${i}`, `${i} ${Math.random()}`);
        ids.push((await phone.create('trainingSessions', content)).id);
      }
      const cut = await phone.sync();
      expect(cut).toMatchObject({ ok: false, failure: 'unreachable', acknowledged: log[1]!.sent.length });
      const finished = log[1]!.sent;
      expect(finished.length).toBeGreaterThan(0);
      expect(finished.length).toBeLessThan(150);
      const again = new EnginePhone(server, phone.enrolment, phone.db, {
        ...opts,
        fetch: recordingFetch(log),
      });
      const resumed = await again.settle();
      expect(resumed.ok).toBe(true);
      const afterCut = sentSeqs(log.slice(2));
      expect(afterCut.filter((s) => finished.includes(s))).toEqual([]); // finished work is not redone
      expect(new Set(sentSeqs(log)).size).toBe(150);
      expect(await phone.db.outbox.count()).toBe(0);
      const stored = await server.query<{ n: number }>(
        `SELECT count(*)::float8 AS n FROM records WHERE id = ANY($1::text[])`,
        [ids],
      );
      expect(stored[0]!.n).toBe(150);
    });

    it('while re-pulling after a reset, the rows it pushes come back to the phone (its tables were wiped)', async () => {
      const phone = await enrol({ pushBudget: 700 });
      await phone.settle();
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) {
        const content = trainingContent(VILLAGE_A, `Sau reset ${i}`, `${i} ${Math.random()}`);
        ids.push((await phone.create('trainingSessions', content)).id);
      }
      // The tombstone purge horizon passes the phone's cursor: its next request is answered with a reset.
      const cursor = (await getMeta<string>(phone.db, META.cursor))!;
      const [tx, seq] = cursor.split('.');
      await server.query(
        `INSERT INTO settings (key, value) VALUES ('purge_horizon', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [`${tx}.${Number(seq) + 1}`],
      );
      try {
        const outcome = await phone.sync();
        expect(outcome).toMatchObject({ ok: true, acknowledged: 40 });
        expect(outcome.requests).toBeGreaterThan(2);
      } finally {
        await server.query(`DELETE FROM settings WHERE key = 'purge_horizon'`);
      }
      expect(await phone.db.outbox.count()).toBe(0);
      expect(await phone.db.trainingSessions.where('id').anyOf(ids).count()).toBe(40);
    });

    it('a large pull comes in pages; a cut after a page resumes from the stored cursor', async () => {
      const writer = await enrol();
      const reader = await enrol({ pullLimit: 40 });
      await writer.settle();
      await reader.settle();
      for (let i = 0; i < 100; i++)
        await writer.create('trainingSessions', trainingContent(VILLAGE_A, `Trang ${i}`));
      await writer.settle();
      const log: Exchange[] = [];
      const cutReader = new EnginePhone(server, reader.enrolment, reader.db, {
        pullLimit: 40,
        retries: 0,
        fetch: recordingFetch(log, { at: 2, when: 'before' }),
      });
      const cut = await cutReader.sync();
      expect(cut).toMatchObject({ ok: false, received: 40 });
      const resumedLog: Exchange[] = [];
      const resumed = await new EnginePhone(server, reader.enrolment, reader.db, {
        pullLimit: 40,
        fetch: recordingFetch(resumedLog),
      }).sync();
      expect(resumed).toMatchObject({ ok: true, received: 60, requests: 2 });
      expect(
        await reader.db.trainingSessions.filter((r) => String(r.place).startsWith('Trang ')).count(),
      ).toBe(100);
    });

    it('closes a pull page at its byte budget and the next page continues without a gap', async () => {
      const all = await pullPage(server.db, COMMUNE_A, null, 5000);
      expect(all.hasMore).toBe(false);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 1000; pages++) {
        const page = await pullPage(server.db, COMMUNE_A, cursor, 5000, { maxBytes: 4000 });
        expect(page.rows.length).toBeLessThan(all.rows.length);
        seen.push(...page.rows.map((r) => r.json));
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      expect(seen).toEqual(all.rows.map((r) => r.json));
    });

    it('refuses malformed protocol 2 bodies with a 4xx and a reason, and changes nothing', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const good = encodeRequestV2({
        protocol: 2,
        mutations: [phone.newTraining()],
        cursor: null,
        catalogs: {},
        clientTime: Date.now(),
      });
      const before = await server.query<{ n: number }>('SELECT count(*)::float8 AS n FROM records');
      const cases: [string, unknown, number][] = [
        ['an unknown column form', { ...good, push: { n: 1, c: { k: 'q' } } }, 400],
        ['fewer rows than announced', { ...good, push: { n: 2, c: { k: 'v', v: [{}] } } }, 400],
        ['more rows than allowed', { ...good, push: { n: MAX_PUSH_MUTATIONS_V2 + 1, c: good.push.c } }, 400],
        [
          'a mutation without its id',
          { ...good, push: { n: 1, c: { k: 'o', f: { seq: { k: 'c', v: 1 } } } } },
          400,
        ],
        ['a dictionary index out of range', { ...good, push: { n: 1, c: { k: 'd', d: [], i: [4] } } }, 400],
        ['no push at all', { ...good, push: undefined }, 400],
        ['a protocol the server does not speak', { ...good, protocol: 3 }, 426],
      ];
      for (const [name, body, status] of cases) {
        const res = await postJson<{ reason?: string }>(`${server.url}/api/v1/sync`, body, {
          token: phone.token,
        });
        expect({ name, status: res.status, body: res.body }).toMatchObject({ name, status });
        expect(res.body.reason, name).toMatch(/^errors\./);
      }
      expect(await server.query('SELECT count(*)::float8 AS n FROM records')).toEqual(before);
    });

    it('compresses replies with @fastify/compress: brotli when offered, gzip otherwise, plain when refused', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const body = JSON.stringify({
        protocol: 1,
        mutations: [],
        cursor: null,
        catalogs: {},
        clientTime: Date.now(),
      });
      const encodingFor = async (accept: string) =>
        (
          await fetch(`${server.url}/api/v1/sync`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${phone.token}`,
              'accept-encoding': accept,
            },
            body,
          })
        ).headers.get('content-encoding');
      expect(await encodingFor('gzip, deflate, br')).toBe('br');
      expect(await encodingFor('gzip')).toBe('gzip');
      expect(await encodingFor('identity')).toBeNull();
    });
  });
});
