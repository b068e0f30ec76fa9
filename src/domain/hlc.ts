// Hybrid logical clock (Kulkarni et al.): timestamps that follow wall time but never go backwards and
// order events across devices. Encoded as fixed-width strings so plain string comparison is clock order.
// The state is a value the caller persists (in Dexie meta or a server row): no global clock.
import { z } from 'zod';

export type Hlc = string;
export interface ClockState {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

/** How far a remote clock may run ahead of ours before we refuse it (DESIGN invariant 6). */
export const MAX_DRIFT_MS = 60 * 60 * 1000; // one hour: cheap phones drift minutes, not hours
const COUNTER_MAX = 36 ** 4 - 1;

export const hlcSchema = z.string().regex(/^\d{13}:[0-9a-z]{4}:[0-9A-Za-z_-]{1,40}$/, 'errors.hlc');

export function encodeHlc(s: ClockState): Hlc {
  return `${String(s.millis).padStart(13, '0')}:${s.counter.toString(36).padStart(4, '0')}:${s.node}`;
}

export function decodeHlc(stamp: Hlc): ClockState {
  const [millis, counter, node] = stamp.split(':');
  if (millis === undefined || counter === undefined || node === undefined)
    throw new Error(`bad HLC ${stamp}`);
  return { millis: Number(millis), counter: parseInt(counter, 36), node };
}

export function initialClock(node: string): ClockState {
  return { millis: 0, counter: 0, node };
}

/** A local event: returns the next state (persist it) and its stamp. */
export function tick(state: ClockState, now: number): { state: ClockState; stamp: Hlc } {
  const millis = Math.max(state.millis, now);
  const counter = millis === state.millis ? state.counter + 1 : 0;
  if (counter > COUNTER_MAX) throw new Error('HLC counter overflow');
  const next = { millis, counter, node: state.node };
  return { state: next, stamp: encodeHlc(next) };
}

export class ClockDriftError extends Error {
  constructor(readonly driftMs: number) {
    super(`clock drift ${driftMs} ms exceeds ${MAX_DRIFT_MS} ms`);
  }
}

/** Merge a remote stamp into our state (on receive), refusing stamps too far in the future. */
export function receive(state: ClockState, remote: Hlc, now: number, maxDrift = MAX_DRIFT_MS): ClockState {
  const r = decodeHlc(remote);
  if (r.millis - now > maxDrift) throw new ClockDriftError(r.millis - now);
  const millis = Math.max(state.millis, r.millis, now);
  let counter = 0;
  if (millis === state.millis && millis === r.millis) counter = Math.max(state.counter, r.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  return { millis, counter, node: state.node };
}

export function isTooFarAhead(stamp: Hlc, now: number, maxDrift = MAX_DRIFT_MS): boolean {
  return decodeHlc(stamp).millis - now > maxDrift;
}
