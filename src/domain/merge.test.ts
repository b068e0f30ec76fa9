import fc from 'fast-check';
import { encodeHlc } from './hlc';
import { applyMutation, mergeRecords, type Mutation, type SyncedRecord } from './merge';

const T = Date.parse('2026-11-25T08:00:00Z');
const stamp = (ms: number, node = 'a', counter = 0) => encodeHlc({ millis: T + ms, counter, node });
const mutation = (hlc: string, patch: Record<string, unknown>, actor = 'm1'): Mutation => ({
  id: 'r1',
  communeId: 'c1',
  actor,
  hlc,
  patch,
});

function applyAll(mutations: Mutation[], start?: SyncedRecord): SyncedRecord | undefined {
  let record = start;
  for (const m of mutations) record = applyMutation(record, m).record;
  return record;
}

/** What replicas must agree on: content, tombstone, per-field clocks and authors, last update. */
function converged(r: SyncedRecord | undefined) {
  if (!r) return r;
  const { createdBy: _c, ...rest } = r;
  return rest;
}

describe('per-field last-writer-wins merge', () => {
  it('creates the record from its first mutation with a clock and author per field', () => {
    const { record, changed } = applyMutation(
      undefined,
      mutation(stamp(0), { place: 'Nhà văn hóa', deleted: false }),
    );
    expect(changed).toBe(true);
    expect(record).toMatchObject({
      id: 'r1',
      communeId: 'c1',
      createdBy: 'm1',
      place: 'Nhà văn hóa',
      deleted: false,
    });
    expect(record.fieldClocks).toEqual({ place: stamp(0), deleted: stamp(0) });
    expect(record.fieldAuthors).toEqual({ place: 'm1', deleted: 'm1' });
  });

  it('keeps concurrent edits of different fields from two phones', () => {
    const base = applyAll([mutation(stamp(0), { place: 'A', notes: '' })]);
    const merged = applyAll(
      [mutation(stamp(10, 'b'), { place: 'B' }, 'm2'), mutation(stamp(5, 'c'), { notes: 'ghi chú' }, 'm3')],
      base,
    );
    expect(merged).toMatchObject({ place: 'B', notes: 'ghi chú' });
    expect(merged?.fieldAuthors).toMatchObject({ place: 'm2', notes: 'm3' });
  });

  it('lets the newer write of a field win whichever arrives first', () => {
    const older = mutation(stamp(10, 'b'), { place: 'cũ' }, 'm2');
    const newer = mutation(stamp(20, 'c'), { place: 'mới' }, 'm3');
    expect(applyAll([older, newer])?.place).toBe('mới');
    expect(applyAll([newer, older])?.place).toBe('mới');
  });

  it('is idempotent: the same mutation applied again changes nothing', () => {
    const m = mutation(stamp(0), { place: 'A', deleted: false });
    const once = applyMutation(undefined, m).record;
    const again = applyMutation(once, m);
    expect(again.changed).toBe(false);
    expect(again.overwritten).toEqual([]);
    expect(again.record).toEqual(once);
  });

  it('converges to the same record whatever order the mutations arrive in', () => {
    const field = fc.constantFrom('place', 'notes', 'durationMinutes', 'deleted');
    const mutations = fc.uniqueArray(
      fc.record({
        ms: fc.integer({ min: 0, max: 50 }),
        counter: fc.integer({ min: 0, max: 3 }),
        node: fc.constantFrom('a', 'b', 'c'),
        patch: fc.dictionary(field, fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean()), {
          minKeys: 1,
        }),
      }),
      { minLength: 1, maxLength: 8, selector: (m) => `${m.ms}:${m.counter}:${m.node}` },
    );
    const inTwoOrders = mutations.chain((raw) => {
      const ms = raw.map((m) => mutation(stamp(m.ms, m.node, m.counter), m.patch, `actor-${m.node}`));
      return fc.tuple(
        fc.constant(ms),
        fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
      );
    });
    fc.assert(
      fc.property(inTwoOrders, ([ms, shuffled]) => {
        expect(converged(applyAll(shuffled))).toEqual(converged(applyAll(ms)));
        expect(converged(applyAll([...ms, ...shuffled]))).toEqual(converged(applyAll(ms)));
      }),
    );
  });

  it('tombstones on delete and brings the record back on undo, even if the undo arrives first', () => {
    const create = mutation(stamp(0), { place: 'A', deleted: false });
    const del = mutation(stamp(10), { deleted: true });
    const undo = mutation(stamp(20), { deleted: false });
    expect(applyAll([create, del])?.deleted).toBe(true);
    expect(applyAll([create, del, undo])?.deleted).toBe(false);
    expect(applyAll([create, undo, del])?.deleted).toBe(false);
    expect(applyAll([create, del, undo])?.place).toBe('A');
  });

  it('reports the value that lost, with its clock and author, for the audit trail', () => {
    const base = applyAll([mutation(stamp(0), { place: 'A' }, 'm1')]);
    const { overwritten } = applyMutation(base, mutation(stamp(10, 'b'), { place: 'B' }, 'm2'));
    expect(overwritten).toEqual([
      {
        field: 'place',
        lostValue: 'A',
        lostClock: stamp(0),
        lostAuthor: 'm1',
        wonValue: 'B',
        wonClock: stamp(10, 'b'),
        wonAuthor: 'm2',
      },
    ]);
  });

  it('reports a late older write as the loser without applying it', () => {
    const current = applyAll([mutation(stamp(20, 'c'), { place: 'mới' }, 'm3')]);
    const late = applyMutation(current, mutation(stamp(10, 'b'), { place: 'cũ' }, 'm2'));
    expect(late.record.place).toBe('mới');
    expect(late.changed).toBe(false);
    expect(late.overwritten).toEqual([
      {
        field: 'place',
        lostValue: 'cũ',
        lostClock: stamp(10, 'b'),
        lostAuthor: 'm2',
        wonValue: 'mới',
        wonClock: stamp(20, 'c'),
        wonAuthor: 'm3',
      },
    ]);
  });

  it('reports nothing when the newer write sets the same value', () => {
    const base = applyAll([mutation(stamp(0), { attendees: { total: 5 } })]);
    expect(applyMutation(base, mutation(stamp(10), { attendees: { total: 5 } })).overwritten).toEqual([]);
  });

  it('merges two whole replicas field by field, the same from either side', () => {
    const create = mutation(stamp(0), { place: 'A', notes: '' });
    const left = applyAll([create, mutation(stamp(10, 'b'), { place: 'B' })])!;
    const right = applyAll([
      create,
      mutation(stamp(5, 'c'), { notes: 'x' }),
      mutation(stamp(3, 'c'), { place: 'C' }),
    ])!;
    const ab = mergeRecords(left, right);
    const ba = mergeRecords(right, left);
    expect(ab).toMatchObject({ place: 'B', notes: 'x' });
    expect(converged(ab)).toEqual(converged(ba));
    expect(mergeRecords(ab, ab)).toEqual(ab);
  });

  it('creation defaults (weak fields) never overwrite a value another device wrote, even an older one', () => {
    const real = mutation(stamp(0, 'a'), { status: 'met', note: '' }, 'm1');
    real.weak = ['note'];
    const later = mutation(stamp(60_000, 'b'), { status: 'not_started', note: 'Có Wi-Fi' }, 'm2');
    later.weak = ['status'];
    const one = applyAll([real, later]);
    const other = applyAll([later, real]);
    expect(one).toMatchObject({ status: 'met', note: 'Có Wi-Fi' });
    expect(converged(other)).toEqual(converged(one));
    // a default losing to a real value is not an overwrite worth auditing
    expect(applyMutation(applyAll([real]), later).overwritten).toEqual([]);
  });
});
