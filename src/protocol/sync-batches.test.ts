import fc from 'fast-check';
import { compactRecord, decodeBatch, encodeBatch, expandRecord } from './sync-batches';
import {
  decodeRequestV2,
  decodeResponseV2,
  encodeRequestV2,
  encodeResultsV2,
  encodeRowsV2,
  seqRuns,
  syncRequestV2Schema,
  syncResponseV2Schema,
} from './sync-protocol-2';
import type { MutationResult, WireMutation } from './sync-messages';

const clock = fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }).map((m) => `${m}:0000:node1`);
const author = fc.constantFrom('sample-member-1', 'sample-member-2', 'province');
const field = fc.constantFrom('place', 'notes', 'date', 'deleted', 'topics');

/** Records with every kind of stamp: own, different, missing, and stamps of fields with no value. */
const record = fc
  .record({
    id: fc.uuid({ version: 7 }),
    own: clock,
    by: author,
    content: fc.dictionary(field, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
    clocks: fc.dictionary(field, fc.option(clock), { maxKeys: 5 }),
    authors: fc.dictionary(field, fc.option(author), { maxKeys: 5 }),
  })
  .map(({ id, own, by, content, clocks, authors }) => {
    const fieldClocks: Record<string, string> = {};
    const fieldAuthors: Record<string, string> = {};
    for (const f of Object.keys(content)) fieldClocks[f] = own;
    for (const [f, c] of Object.entries(clocks))
      if (c === null) delete fieldClocks[f];
      else fieldClocks[f] = c;
    for (const f of Object.keys(fieldClocks)) fieldAuthors[f] = by;
    for (const [f, a] of Object.entries(authors))
      if (a === null) delete fieldAuthors[f];
      else fieldAuthors[f] = a;
    return JSON.parse(
      JSON.stringify({
        ...content,
        id,
        communeId: 'sample-bat-xat',
        createdBy: by,
        updatedAt: own,
        fieldClocks,
        fieldAuthors,
        schemaVersion: 1,
      }),
    ) as Record<string, unknown>;
  });

describe('protocol 2 batches', () => {
  it('gives back every record exactly, whatever its clocks and authors', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const wire = JSON.parse(JSON.stringify(encodeBatch(records.map(compactRecord))));
        expect(decodeBatch(wire).map(expandRecord)).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });

  it('a record written once by one person carries no clocks and no authors', () => {
    const stamp = '1795567580000:0000:0f1e2d3c4b5a';
    const compact = compactRecord({
      id: 'r1',
      communeId: 'c',
      createdBy: 'sample-member-2',
      updatedAt: stamp,
      fieldClocks: { place: stamp, deleted: stamp },
      fieldAuthors: { place: 'sample-member-2', deleted: 'sample-member-2' },
      deleted: false,
      schemaVersion: 1,
      place: 'Sân bóng',
    });
    expect(compact).not.toHaveProperty('k');
    expect(compact).not.toHaveProperty('w');
    expect(compact.f).toEqual({ deleted: false, place: 'Sân bóng' });
  });

  it('carries a request and a reply across and back in the shapes both sides work with', () => {
    const mutations: WireMutation[] = [1, 2, 3].map((seq) => ({
      seq,
      table: 'trainingSessions',
      id: `01a21030-1b2c-7def-8a00-3c4d5e6f7a8${seq}`,
      communeId: 'sample-bat-xat',
      actor: 'sample-member-1',
      hlc: `179556759000${seq}:0000:a1b2c3d4e5f6`,
      schemaVersion: 1,
      patch: seq === 3 ? { deleted: true } : { place: `P${seq}`, notes: '' },
      ...(seq === 2 ? { weak: ['notes'] } : {}),
    }));
    const request = { protocol: 2, mutations, cursor: '7.3', catalogs: {}, clientTime: 5, omitEcho: true };
    const wire = syncRequestV2Schema.parse(JSON.parse(JSON.stringify(encodeRequestV2(request))));
    expect(decodeRequestV2(wire)).toEqual({ ok: true, request });

    const results: MutationResult[] = [
      { seq: 1, status: 'duplicate' },
      { seq: 2, status: 'applied' },
      { seq: 3, status: 'applied' },
      { seq: 4, status: 'rejected', reason: 'errors.required', detail: 'place' },
    ];
    const reply = syncResponseV2Schema.parse(
      JSON.parse(
        JSON.stringify({
          protocol: 2,
          serverTime: 1,
          results: encodeResultsV2(results),
          rows: encodeRowsV2([]),
          cursor: '8.1',
          hasMore: false,
          reset: false,
          catalogs: [],
        }),
      ),
    );
    expect(decodeResponseV2(reply)).toMatchObject({ results, rows: [], cursor: '8.1' });
    expect(seqRuns([5, 1, 2, 3, 9])).toEqual([1, 3, 5, 1, 9, 1]);
  });
});
