// Unit tests of the opaque pull cursor "tx.seq".
import { decodeCursor, encodeCursor, isBefore, START } from './pull-cursor';

describe('pull cursor', () => {
  it('round-trips positions beyond 2^53 exactly', () => {
    const p = { tx: 18_446_744_073_709_551_000n, seq: 9_007_199_254_740_993n };
    expect(decodeCursor(encodeCursor(p))).toEqual(p);
  });

  it('reads null and the empty string as the start, and anything else as not ours', () => {
    expect(decodeCursor(null)).toBe(START);
    expect(decodeCursor('')).toBe(START);
    for (const bad of ['abc', '1', '1.2.3', '-1.2', '1.x', ' 1.2', '1'.repeat(25) + '.1'])
      expect(decodeCursor(bad)).toBeUndefined();
  });

  it('reads "0.0" as the start and refuses positions beyond the types of the database', () => {
    expect(decodeCursor('0.0')).toBe(START);
    expect(decodeCursor(`${2n ** 64n - 1n}.${2n ** 63n - 1n}`)).toBeDefined();
    expect(decodeCursor(`${2n ** 64n}.1`)).toBeUndefined();
    expect(decodeCursor(`1.${2n ** 63n}`)).toBeUndefined();
    expect(decodeCursor('99999999999999999999.99999999999999999999')).toBeUndefined();
  });

  it('orders by transaction first, then change number', () => {
    expect(isBefore({ tx: 5n, seq: 900n }, { tx: 6n, seq: 1n })).toBe(true);
    expect(isBefore({ tx: 6n, seq: 1n }, { tx: 6n, seq: 2n })).toBe(true);
    expect(isBefore({ tx: 6n, seq: 2n }, { tx: 6n, seq: 2n })).toBe(false);
  });
});
