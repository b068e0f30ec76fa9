// Randomized convergence (fast-check): several phones with the real sync engine against the real
// in-process server. Offline periods; creates, edits, deletes and undeletes; checklist rows several
// phones write at once; requests dropped, duplicated and delayed past later ones; responses lost or
// replaced by an older one; phones killed between their local commit and the server's ack (engine rebuilt
// on the same database); clocks skewed by up to ±10 minutes. At the end every phone and the server hold
// the same rows, every write is the final value or lost to a newer clock (nothing acknowledged is lost),
// and nothing is doubled.
import fc from 'fast-check';
import { compositeId } from '@/domain/ids';
import type { StoredRecord } from '@/storage/database';
import { RecordValidationError } from '@/storage/record-writer';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import type { FetchLike } from '@/sync/sync-transport';
import { EnginePhone } from './sync-phone';
import { COMMUNE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const RUNS = Number(process.env.CONVERGENCE_RUNS ?? 20);
const VILLAGES = ['sample-bx-suoi-chai', 'sample-bx-son-ha'];
const CRITERIA = ['team', 'wifi', 'camera'];
const STATUSES = ['not_started', 'in_progress', 'met'] as const;
const TEXTS = ['Nhà văn hóa', 'Trường học', 'Sân bóng', 'Chợ phiên', ''];

type Fault = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'hold' | 'staleResponse';

/** A phone's link to the server: offline, or one fault per request from a planned queue. */
class FaultyLink {
  offline = false;
  plan: Fault[] = [];
  held: { url: string; init: RequestInit }[] = [];
  /** The last answer this phone received, replayed for a 'staleResponse' (responses out of order). */
  private last: { body: ArrayBuffer; status: number } | null = null;
  readonly fetch: FetchLike = async (url, init) => {
    if (this.offline) throw new TypeError('offline');
    const send = async (u: string, i: RequestInit) => {
      const res = await fetch(u, i);
      const body = await res.arrayBuffer();
      this.last = { body: body.slice(0), status: res.status };
      return new Response(body, { status: res.status, headers: res.headers });
    };
    switch (this.plan.shift() ?? 'ok') {
      case 'dropRequest':
        throw new TypeError('request lost');
      case 'hold': // delivered later, after a newer request: reordered
        this.held.push({ url, init: { ...init, signal: null } });
        throw new TypeError('request delayed');
      case 'dropResponse':
        await send(url, init);
        throw new TypeError('response lost');
      case 'duplicate':
        await send(url, init);
        return send(url, init);
      case 'staleResponse': {
        // The request is applied, but the phone receives an older answer instead of this one.
        const stale = this.last;
        const fresh = await send(url, init);
        return stale ? new Response(stale.body.slice(0), { status: stale.status }) : fresh;
      }
      default: {
        const res = await send(url, init);
        for (const late of this.held.splice(0)) await send(late.url, late.init);
        return res;
      }
    }
  };
}

const faultArb = fc.constantFrom<Fault>(
  'ok',
  'ok',
  'dropRequest',
  'dropResponse',
  'duplicate',
  'hold',
  'staleResponse',
);
const opArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      device: fc.nat(),
      text: fc.constantFrom(...TEXTS.slice(0, 4)),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(),
      pick: fc.nat(),
      field: fc.constantFrom('place', 'notes'),
      text: fc.constantFrom(...TEXTS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      device: fc.nat(),
      pick: fc.nat(),
      undo: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('checklist' as const),
      device: fc.nat(),
      village: fc.constantFrom(...VILLAGES),
      criterion: fc.constantFrom(...CRITERIA),
      status: fc.constantFrom(...STATUSES),
      note: fc.constantFrom(...TEXTS),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device: fc.nat(),
      faults: fc.array(faultArb, { maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('offline' as const), device: fc.nat(), offline: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), device: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 20_000 }) }),
  },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

const scenarioArb = fc.record({
  skews: fc.array(fc.oneof(fc.constantFrom(-600_000, 600_000), fc.integer({ min: -600_000, max: 600_000 })), {
    minLength: 2,
    maxLength: 4,
  }),
  ops: fc.array(opArb, { minLength: 8, maxLength: 30 }),
});

interface Write {
  table: string;
  id: string;
  hlc: string;
  patch: Record<string, unknown>;
}

// Local-only index fields (search words, training attendance keys) are never part of the synced record.
const strip = ({ searchWords: _s, topicDays: _t, ...rest }: StoredRecord) => rest;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

async function runScenario(
  skews: number[],
  ops: Op[],
  stats: { ops: number; syncs: number; faults: number },
) {
  let offset = 0;
  const links = skews.map(() => new FaultyLink());
  const phones = await Promise.all(
    skews.map((skew, i) =>
      EnginePhone.enrol(server, COMMUNE_A, {
        actor: `sample-member-${(i % 2) + 1}`,
        now: () => Date.now() + offset + skew,
        fetch: links[i]!.fetch,
        retries: 1,
      }),
    ),
  );
  const trainingIds: string[] = [];
  const checklistIds = new Set<string>();
  const writes: Write[] = [];

  async function track(phone: EnginePhone, write: () => Promise<unknown>) {
    try {
      await write();
    } catch (error) {
      if (error instanceof RecordValidationError) return; // an edit the form would refuse: not made
      throw error;
    }
    const entry = await phone.db.outbox.orderBy('seq').last();
    if (entry) writes.push({ table: entry.table, id: entry.recordId, hlc: entry.hlc, patch: entry.patch });
  }

  async function localTraining(phone: EnginePhone, pick: number) {
    const present = [];
    for (const id of trainingIds) if (await phone.db.trainingSessions.get(id)) present.push(id);
    return present.length ? present[pick % present.length] : undefined;
  }

  for (const op of ops) {
    stats.ops++;
    if (op.kind === 'tick') {
      offset += op.ms;
      continue;
    }
    const i = op.device % phones.length;
    const phone = phones[i]!;
    const link = links[i]!;
    switch (op.kind) {
      case 'create':
        await track(phone, async () => {
          const rec = await phone.create('trainingSessions', trainingContent(VILLAGES[0]!, op.text));
          trainingIds.push(rec.id);
        });
        break;
      case 'edit': {
        const id = await localTraining(phone, op.pick);
        if (id) await track(phone, () => phone.write('trainingSessions', id, { [op.field]: op.text }));
        break;
      }
      case 'delete': {
        const id = await localTraining(phone, op.pick);
        if (id) await track(phone, () => phone.write('trainingSessions', id, { deleted: !op.undo }));
        break;
      }
      case 'checklist': {
        const id = compositeId(op.village, op.criterion);
        checklistIds.add(id);
        const exists = await phone.db.checklistProgress.get(id);
        await track(phone, () =>
          exists
            ? phone.write('checklistProgress', id, { status: op.status, note: op.note })
            : phone.create(
                'checklistProgress',
                {
                  villageId: op.village,
                  criterionCode: op.criterion,
                  criteriaVersion: 'sample-2026.1',
                  status: op.status,
                  numerator: null,
                  denominator: null,
                  note: op.note,
                  assessedBy: phone.ctx.actor,
                  assessedOn: '2026-11-21',
                },
                id,
              ),
        );
        break;
      }
      case 'sync':
        link.plan = [...op.faults];
        stats.faults += op.faults.filter((f) => f !== 'ok').length;
        stats.syncs++;
        await phone.sync();
        link.plan = [];
        break;
      case 'offline':
        link.offline = op.offline;
        break;
      case 'kill':
        // The server commits the push, the phone never hears the ack, the app dies and starts again.
        link.plan = ['dropResponse', 'dropResponse'];
        stats.syncs++;
        stats.faults += 2;
        await phone.sync();
        link.plan = [];
        phone.newEngine();
        break;
    }
  }

  // Heal: everyone online, no faults; drain every outbox, then let everyone pull what the others sent.
  for (const link of links) link.offline = false;
  for (let round = 0; round < 2; round++) for (const phone of phones) await phone.settle();
  for (const link of links) expect(link.held).toEqual([]); // held requests went out with later ones

  const ids = [...trainingIds, ...checklistIds];
  const rows = await server.query<{ tbl: string; id: string; data: Record<string, unknown> }>(
    'SELECT tbl, id, data FROM records WHERE id = ANY($1::text[])',
    [ids],
  );
  const onServer = new Map(rows.map((r) => [`${r.tbl}/${r.id}`, r.data]));
  // Nothing duplicated: one server row per record created, none missing.
  expect(rows).toHaveLength(ids.length);
  for (const phone of phones) {
    expect(await phone.db.outbox.count()).toBe(0); // every write acknowledged, none refused
    for (const id of trainingIds)
      expect(strip((await phone.db.trainingSessions.get(id))!)).toEqual(
        onServer.get(`trainingSessions/${id}`),
      );
    for (const id of checklistIds)
      expect(strip((await phone.db.checklistProgress.get(id))!)).toEqual(
        onServer.get(`checklistProgress/${id}`),
      );
  }
  // No acknowledged write lost: each written field holds that write, or a write with a newer clock.
  for (const w of writes) {
    const row = onServer.get(`${w.table}/${w.id}`) as { fieldClocks: Record<string, string> } & Record<
      string,
      unknown
    >;
    for (const [field, value] of Object.entries(w.patch)) {
      const clock = row.fieldClocks[field]!;
      expect(clock >= w.hlc).toBe(true);
      if (clock === w.hlc) expect(row[field]).toEqual(value);
    }
  }
  return writes.length;
}

describe('sync convergence under faults', () => {
  it('every phone and the server end with the same data, no acknowledged write lost, nothing doubled', async () => {
    const stats = { runs: 0, ops: 0, syncs: 0, faults: 0, writes: 0 };
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ skews, ops }) => {
        stats.runs++;
        stats.writes += await runScenario(skews, ops, stats);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `sync convergence: ${stats.runs} runs, ${stats.ops} operations (${stats.writes} writes, ${stats.syncs} syncs, ${stats.faults} injected faults) checked`,
    );
    expect(stats.runs).toBe(RUNS);
  }, 240_000);
});
