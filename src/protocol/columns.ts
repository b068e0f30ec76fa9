// Column encoding for sync batches (protocol 2): a list of JSON values becomes one column, objects become
// one column per key, and each column takes its smallest form — a constant, a range, a dictionary of
// repeated codes, delta-coded integers, clocks split into millis/counter/node, shared id prefixes. Values
// that sit side by side compress far better than the same records one by one. Lossless: decode(encode(x))
// deep-equals x (the round-trip property test says so), and decoding checks every index and length, so a
// hostile body fails with BatchDecodeError instead of throwing somewhere else.

/** A JSON value; `undefined` in a list means "this row has no such field". */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Column = (
  | { k: 'c'; v: Json } // every row the same value
  | { k: 'r'; s: number; d: number } // integers s, s + d, s + 2d…
  | { k: 'v'; v: Json[] } // the values as they are
  | { k: 'd'; d: Json[]; i: number[] } // dictionary: distinct values, then one index per row
  | { k: 'z'; v: number[] } // integers as differences from the previous one
  | { k: 'p'; l: Column; s: string[] } // strings: length shared with the previous one, then the rest
  | { k: 'h'; m: Column; c: Column; n: Column } // hybrid logical clocks: millis, counter, node
  | { k: 'u'; t: Column; r: string } // UUIDv7: the millis, then 13 base64url characters of random bits each
  | { k: 'o'; f: Record<string, Column> } // objects: one column per key
) & {
  /** Rows where the value is absent, as [first, count, first, count…]; the form covers the others. */
  a?: number[];
};

export class BatchDecodeError extends Error {}

const HLC = /^(\d{13}):([0-9a-z]{4}):([0-9A-Za-z_-]{1,40})$/;
const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const RAND_CHARS = 13; // 74 random bits (12 of rand_a, 62 of rand_b) in 78
const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
/** Values a dictionary may share between rows: primitives and lists of primitives (copied on decode). */
const isDictionaryValue = (v: unknown) => isPrimitive(v) || (Array.isArray(v) && v.every(isPrimitive));
const size = (c: Column) => JSON.stringify(c).length;

function absentRuns(values: unknown[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== undefined) continue;
    const last = runs.length - 2;
    if (last >= 0 && runs[last]! + runs[last + 1]! === i) runs[last + 1]! += 1;
    else runs.push(i, 1);
  }
  return runs;
}

function integerForms(values: number[]): Column[] {
  if (!values.every(Number.isSafeInteger)) return [];
  const forms: Column[] = [];
  const first = values[0] ?? 0;
  const step = (values[1] ?? first) - first;
  if (values.every((v, i) => v === first + i * step)) forms.push({ k: 'r', s: first, d: step });
  forms.push({ k: 'z', v: values.map((v, i) => v - (i === 0 ? 0 : values[i - 1]!)) });
  return forms;
}

function stringForms(values: string[], depth: number): Column[] {
  // Clocks and ids have a form of their own that beats every other; try nothing else for them.
  const clocks = values.map((v) => HLC.exec(v));
  if (clocks.every((m) => m !== null))
    return [
      {
        k: 'h',
        m: encodeColumn(
          clocks.map((m) => Number(m![1])),
          depth + 1,
        ),
        c: encodeColumn(
          clocks.map((m) => parseInt(m![2]!, 36)),
          depth + 1,
        ),
        n: encodeColumn(
          clocks.map((m) => m![3]!),
          depth + 1,
        ),
      },
    ];
  if (values.every((v) => UUID7.test(v))) {
    const packed = values.map(packUuid);
    return [
      {
        k: 'u',
        t: encodeColumn(
          packed.map((p) => p.millis),
          depth + 1,
        ),
        r: packed.map((p) => p.rand).join(''),
      },
    ];
  }
  const forms: Column[] = [];
  const shared = values.map((v, i) => {
    const prev = i === 0 ? '' : values[i - 1]!;
    let n = 0;
    while (n < v.length && n < prev.length && v[n] === prev[n]) n++;
    return n;
  });
  if (shared.reduce((s, n) => s + n, 0) >= 4 * values.length)
    forms.push({ k: 'p', l: encodeColumn(shared, depth + 1), s: values.map((v, i) => v.slice(shared[i])) });
  return forms;
}

/** A UUIDv7's 74 random bits as base64url: the hex spends 4 bits of text per 4 bits, this 6 per 6, and
 * the version and variant bits are always the same. Characters: rand_a (12 bits) in 2, the variant
 * nibble's 2 random bits in 1, the last 60 bits in 10 (string work only: BigInt is slow on phones). */
function packUuid(id: string): { millis: number; rand: string } {
  const hex = id.slice(0, 8) + id.slice(9, 13) + id.slice(14, 18) + id.slice(19, 23) + id.slice(24);
  let rand = '';
  const twelve = (at: number) => {
    const v = parseInt(hex.slice(at, at + 3), 16);
    rand += B64[v >> 6]! + B64[v & 63]!;
  };
  twelve(13);
  rand += B64[parseInt(hex[16]!, 16) & 3]!;
  for (let at = 17; at < 32; at += 3) twelve(at);
  return { millis: parseInt(hex.slice(0, 12), 16), rand };
}

function unpackUuid(millis: unknown, rand: string): string {
  if (!Number.isSafeInteger(millis) || (millis as number) < 0 || (millis as number) >= 2 ** 48)
    fail('id millis');
  const digits = [...rand].map((ch) => B64.indexOf(ch));
  if (digits.some((d) => d < 0) || digits[2]! > 3) fail('id random bits');
  const twelve = (i: number) => ((digits[i]! << 6) | digits[i + 1]!).toString(16).padStart(3, '0');
  let tail = '';
  for (let i = 3; i < RAND_CHARS; i += 2) tail += twelve(i);
  const hex =
    (millis as number).toString(16).padStart(12, '0') +
    `7${twelve(0)}${(8 | digits[2]!).toString(16)}${tail}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function dictionaryForm(values: Json[]): Column | null {
  if (!values.every(isDictionaryValue)) return null;
  const index = new Map<string, number>();
  const dict: Json[] = [];
  const rows = values.map((v) => {
    const key = typeof v === 'string' ? `s${v}` : JSON.stringify(v);
    let at = index.get(key);
    if (at === undefined) {
      at = dict.length;
      index.set(key, at);
      dict.push(v);
    }
    return at;
  });
  if (dict.length === 1) return { k: 'c', v: dict[0]! };
  return dict.length < values.length ? { k: 'd', d: dict, i: rows } : null;
}

/** Encodes a list of JSON values (undefined = absent) as its smallest column form. */
export function encodeColumn(list: readonly unknown[], depth = 0): Column {
  const runs = absentRuns([...list]);
  const values = list.filter((v) => v !== undefined) as Json[];
  const withAbsent = (c: Column): Column => (runs.length > 0 ? { ...c, a: runs } : c);
  if (depth < MAX_DEPTH && values.length > 0 && values.every(isPlainObject)) {
    const keys = new Set<string>();
    for (const v of values) for (const key of Object.keys(v as object)) keys.add(key);
    const f: Record<string, Column> = {};
    for (const key of keys)
      f[key] = encodeColumn(
        values.map((v) => (v as Record<string, Json>)[key]),
        depth + 1,
      );
    return withAbsent({ k: 'o', f });
  }
  const strings = values.length > 1 && depth < MAX_DEPTH && values.every((v) => typeof v === 'string');
  const special = strings ? stringForms(values as string[], depth) : [];
  if (special.length === 1 && (special[0]!.k === 'h' || special[0]!.k === 'u'))
    return withAbsent(special[0]!);
  const candidates: Column[] = [{ k: 'v', v: values }, ...special];
  const dictionary = dictionaryForm(values);
  if (dictionary) candidates.push(dictionary);
  if (values.length > 1 && values.every((v) => typeof v === 'number'))
    candidates.push(...integerForms(values as number[]));
  let best = candidates[0]!;
  let bestSize = size(best);
  for (const c of candidates.slice(1)) {
    const n = size(c);
    if (n < bestSize) [best, bestSize] = [c, n];
  }
  return withAbsent(best);
}

const fail = (what: string): never => {
  throw new BatchDecodeError(what);
};

function checkInteger(v: unknown, what: string): number {
  return Number.isSafeInteger(v) ? (v as number) : fail(`${what}: not an integer`);
}

function decodeAbsent(runs: unknown, count: number): boolean[] | null {
  if (runs === undefined) return null;
  if (!Array.isArray(runs) || runs.length % 2 !== 0) return fail('absent runs');
  const absent = new Array<boolean>(count).fill(false);
  for (let i = 0; i < runs.length; i += 2) {
    const first = checkInteger(runs[i], 'absent start');
    const n = checkInteger(runs[i + 1], 'absent count');
    if (first < 0 || n < 1 || first + n > count) fail('absent run out of range');
    for (let j = first; j < first + n; j++) absent[j] = true;
  }
  return absent;
}

const copy = (v: Json): Json => (Array.isArray(v) ? [...v] : v);

function decodeForm(column: Record<string, unknown>, count: number, depth: number): unknown[] {
  const list = (v: unknown, what: string): unknown[] =>
    Array.isArray(v) && v.length === count ? v : fail(`${what}: expected ${count} values`);
  switch (column.k) {
    case 'c':
      return Array.from({ length: count }, () => copy(column.v as Json));
    case 'r': {
      const s = checkInteger(column.s, 'range start');
      const d = checkInteger(column.d, 'range step');
      return Array.from({ length: count }, (_, i) => s + i * d);
    }
    case 'v':
      return list(column.v, 'values');
    case 'd': {
      const dict = Array.isArray(column.d) ? (column.d as Json[]) : fail('dictionary');
      return list(column.i, 'dictionary indices').map((i) => {
        const at = checkInteger(i, 'dictionary index');
        if (at < 0 || at >= dict.length) fail('dictionary index out of range');
        return copy(dict[at]!);
      });
    }
    case 'z': {
      let last = 0;
      return list(column.v, 'deltas').map((d) => (last += checkInteger(d, 'delta')));
    }
    case 'p': {
      const shared = decodeColumn(column.l, count, depth + 1);
      let prev = '';
      return list(column.s, 'suffixes').map((s, i) => {
        const n = checkInteger(shared[i], 'shared length');
        if (typeof s !== 'string' || n < 0 || n > prev.length) fail('prefix');
        prev = prev.slice(0, n) + (s as string);
        return prev;
      });
    }
    case 'h': {
      const m = decodeColumn(column.m, count, depth + 1);
      const c = decodeColumn(column.c, count, depth + 1);
      const n = decodeColumn(column.n, count, depth + 1);
      return m.map((millis, i) => {
        const counter = checkInteger(c[i], 'clock counter');
        if (typeof n[i] !== 'string') fail('clock node');
        return `${String(checkInteger(millis, 'clock millis')).padStart(13, '0')}:${counter.toString(36).padStart(4, '0')}:${n[i] as string}`;
      });
    }
    case 'u': {
      const millis = decodeColumn(column.t, count, depth + 1);
      if (typeof column.r !== 'string' || column.r.length !== count * RAND_CHARS)
        return fail('id random bits');
      const rand = column.r;
      return millis.map((m, i) => unpackUuid(m, rand.slice(i * RAND_CHARS, (i + 1) * RAND_CHARS)));
    }
    case 'o': {
      if (!isPlainObject(column.f)) return fail('object fields');
      const rows = Array.from({ length: count }, () => ({}) as Record<string, unknown>);
      for (const [key, sub] of Object.entries(column.f)) {
        if (FORBIDDEN_KEYS.has(key)) fail(`forbidden key ${key}`);
        decodeColumn(sub, count, depth + 1).forEach((v, i) => {
          if (v !== undefined) rows[i]![key] = v;
        });
      }
      return rows;
    }
    default:
      return fail(`unknown column form ${String(column.k)}`);
  }
}

/** Decodes `count` values (undefined where absent); throws BatchDecodeError on anything malformed. */
export function decodeColumn(column: unknown, count: number, depth = 0): unknown[] {
  if (depth > MAX_DEPTH + 1) fail('columns nested too deep');
  if (!isPlainObject(column)) return fail('column');
  const absent = decodeAbsent(column.a, count);
  const present = absent ? absent.filter((a) => !a).length : count;
  const values = decodeForm(column, present, depth);
  if (!absent) return values;
  let next = 0;
  return absent.map((a) => (a ? undefined : values[next++]));
}
