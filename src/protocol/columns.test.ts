import fc from 'fast-check';
import { newId } from '@/domain/ids';
import { BatchDecodeError, decodeColumn, encodeColumn } from './columns';

const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const hlc = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999_999_999 }), fc.integer({ min: 0, max: 36 ** 4 - 1 }))
  .map(([m, c]) => `${String(m).padStart(13, '0')}:${c.toString(36).padStart(4, '0')}:node1`);
const roundTrip = (list: unknown[]) =>
  decodeColumn(JSON.parse(JSON.stringify(encodeColumn(list))), list.length);

describe('column encoding', () => {
  it('gives back exactly the values it was given, absent ones included (any JSON)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(json, { nil: undefined }), { maxLength: 40 }), (list) => {
        expect(roundTrip(list)).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips clocks, integers and objects with missing keys', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              clock: hlc,
              n: fc.integer(),
              code: fc.constantFrom('vi', 'hmn', 'dao'),
              tags: fc.array(fc.string()),
            },
            { requiredKeys: ['clock'] },
          ),
          { maxLength: 30 },
        ),
        (rows) => {
          expect(roundTrip(rows)).toEqual(rows);
        },
      ),
    );
  });

  it('chooses compact forms: a constant, a range, a dictionary, split clocks', () => {
    expect(encodeColumn([false, false, false])).toEqual({ k: 'c', v: false });
    expect(encodeColumn([7, 8, 9, 10])).toEqual({ k: 'r', s: 7, d: 1 });
    const codes = ['Trường tiểu học', 'Nhà văn hóa thôn', 'Trường tiểu học', 'Trường tiểu học'];
    expect(encodeColumn(codes)).toMatchObject({ k: 'd', d: ['Trường tiểu học', 'Nhà văn hóa thôn'] });
    const clocks = Array.from(
      { length: 20 },
      (_, i) => `176400000${String(i * 37).padStart(4, '0')}:000${i % 3}:ab12cd34ef56`,
    );
    expect(encodeColumn(clocks)).toMatchObject({ k: 'h', n: { k: 'c', v: 'ab12cd34ef56' } });
  });

  it('packs UUIDv7 ids into their millis and random bits, and gives back the same ids', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid({ version: 7 }), { minLength: 1, maxLength: 30 }), (ids) => {
        expect(roundTrip(ids)).toEqual(ids);
      }),
    );
    const ids = Array.from({ length: 50 }, () => newId());
    expect(roundTrip(ids)).toEqual(ids);
    expect(encodeColumn(ids).k).toBe('u');
    expect(JSON.stringify(encodeColumn(ids)).length).toBeLessThan(ids.join('').length / 2);
  });

  it('keeps null, false and 0 in a dictionary', () => {
    const list = [null, 'Trường tiểu học', null, 0, false, null, 'Trường tiểu học', 0, null, false];
    expect(encodeColumn(list)).toMatchObject({ k: 'd' });
    expect(roundTrip(list)).toEqual(list);
  });

  it('a decoded dictionary value is a copy: changing one row leaves the others alone', () => {
    const rows = decodeColumn(encodeColumn([['a'], ['a'], ['a']]), 3) as string[][];
    rows[0]!.push('b');
    expect(rows[1]).toEqual(['a']);
  });

  it.each([
    ['not an object', 5, 1],
    ['an unknown form', { k: 'q' }, 1],
    ['too few values', { k: 'v', v: [1] }, 2],
    ['a dictionary index out of range', { k: 'd', d: ['a'], i: [3] }, 1],
    ['a non-integer delta', { k: 'z', v: [0.5] }, 1],
    ['an absent run past the end', { k: 'v', v: [], a: [0, 5] }, 2],
    ['a prefix longer than the previous value', { k: 'p', l: { k: 'c', v: 9 }, s: ['x'] }, 1],
    ['a forbidden key', { k: 'o', f: { ['__proto__']: { k: 'c', v: 1 } } }, 1],
  ])('refuses %s with BatchDecodeError', (_what, column, count) => {
    expect(() => decodeColumn(column, count)).toThrow(BatchDecodeError);
  });

  it('refuses columns nested deeper than any record needs', () => {
    let column: unknown = { k: 'c', v: 1 };
    for (let i = 0; i < 20; i++) column = { k: 'o', f: { x: column } };
    expect(() => decodeColumn(column, 1)).toThrow(BatchDecodeError);
  });
});
