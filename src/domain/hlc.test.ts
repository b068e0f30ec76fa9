import fc from 'fast-check';
import {
  ClockDriftError,
  decodeHlc,
  encodeHlc,
  hlcSchema,
  initialClock,
  isTooFarAhead,
  MAX_DRIFT_MS,
  receive,
  tick,
  type ClockState,
} from './hlc';

const T = Date.parse('2026-11-25T08:00:00Z');

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward, restarting the counter', () => {
    const a = tick(initialClock('phone1'), T);
    const b = tick(a.state, T + 5);
    expect(b.state).toEqual({ millis: T + 5, counter: 0, node: 'phone1' });
    expect(a.stamp < b.stamp).toBe(true);
  });

  it('keeps ticking forward when the wall clock goes backwards (phone clock corrected)', () => {
    let state = tick(initialClock('phone1'), T).state;
    const stamps: string[] = [encodeHlc(state)];
    for (const now of [T - 60_000, T - 1, T - 3_600_000, T]) {
      const next = tick(state, now);
      stamps.push(next.stamp);
      state = next.state;
    }
    expect(stamps).toEqual([...stamps].sort());
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(state).toEqual({ millis: T, counter: 4, node: 'phone1' });
  });

  it('never issues the same or a smaller stamp, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 * T }), { minLength: 1, maxLength: 200 }), (nows) => {
        let state: ClockState = initialClock('n');
        let last = '';
        for (const now of nows) {
          const next = tick(state, now);
          expect(next.stamp > last).toBe(true);
          last = next.stamp;
          state = next.state;
        }
      }),
    );
  });

  it('on receive, jumps ahead to a remote stamp within the allowed drift and counts past it', () => {
    const mine = { millis: T, counter: 3, node: 'a' };
    const remote = encodeHlc({ millis: T + 1000, counter: 7, node: 'b' });
    expect(receive(mine, remote, T)).toEqual({ millis: T + 1000, counter: 8, node: 'a' });
  });

  it('on receive with equal millis, takes the larger counter plus one', () => {
    const mine = { millis: T, counter: 3, node: 'a' };
    expect(receive(mine, encodeHlc({ millis: T, counter: 9, node: 'b' }), T - 10).counter).toBe(10);
    expect(receive(mine, encodeHlc({ millis: T, counter: 1, node: 'b' }), T - 10).counter).toBe(4);
  });

  it('on receive of an old stamp, keeps its own time and bumps its counter; a later wall clock wins outright', () => {
    const mine = { millis: T, counter: 3, node: 'a' };
    const old = encodeHlc({ millis: T - 5000, counter: 50, node: 'b' });
    expect(receive(mine, old, T - 10)).toEqual({ millis: T, counter: 4, node: 'a' });
    expect(receive(mine, old, T + 10)).toEqual({ millis: T + 10, counter: 0, node: 'a' });
  });

  it('the state after receive orders after both the local and the remote stamp', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: T }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: T }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: T }),
        (lm, lc, rm, rc, now) => {
          const local = { millis: lm, counter: lc, node: 'a' };
          const remote = encodeHlc({ millis: rm, counter: rc, node: 'b' });
          const after = receive(local, remote, now, Number.POSITIVE_INFINITY);
          expect(encodeHlc(after) > encodeHlc(local)).toBe(true);
          expect(after.millis > rm || (after.millis === rm && after.counter > rc)).toBe(true);
          expect(after.millis).toBeGreaterThanOrEqual(now);
        },
      ),
    );
  });

  it('refuses a remote stamp further ahead than the allowed drift', () => {
    const far = encodeHlc({ millis: T + MAX_DRIFT_MS + 1, counter: 0, node: 'b' });
    const near = encodeHlc({ millis: T + MAX_DRIFT_MS, counter: 0, node: 'b' });
    expect(() => receive(initialClock('a'), far, T)).toThrow(ClockDriftError);
    expect(isTooFarAhead(far, T)).toBe(true);
    expect(isTooFarAhead(near, T)).toBe(false);
    expect(receive(initialClock('a'), near, T).millis).toBe(T + MAX_DRIFT_MS);
  });

  it('orders stamps as strings exactly as it orders clocks (millis, then counter, then node)', () => {
    const clock = fc.record({
      millis: fc.integer({ min: 0, max: 9_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
      node: fc.stringMatching(/^[0-9a-z]{1,12}$/),
    });
    const cmp = (a: ClockState, b: ClockState) =>
      a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        const byString = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        expect(byString).toBe(Math.sign(cmp(a, b)));
      }),
    );
  });

  it('round-trips through its string form and matches the wire schema', () => {
    const state = { millis: T, counter: 1295, node: 'abc123' };
    const stamp = encodeHlc(state);
    expect(decodeHlc(stamp)).toEqual(state);
    expect(hlcSchema.safeParse(stamp).success).toBe(true);
    expect(hlcSchema.safeParse('2026-11-25:0001:x').success).toBe(false);
  });

  it('refuses to overflow its counter rather than reuse a stamp', () => {
    expect(() => tick({ millis: T, counter: 36 ** 4 - 1, node: 'a' }, T)).toThrow(/overflow/);
  });
});
