// Text the database cannot hold: PostgreSQL text and jsonb refuse NUL (U+0000) and lone UTF-16
// surrogates, and a refusal there is a 500 on every retry. Lone surrogates are cleaned (U+FFFD, what the
// browser's own TextEncoder does); NUL is found so the caller can refuse just the item that carries it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces every lone surrogate with U+FFFD; well-formed text comes back as the same string. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** A copy of parsed JSON with every string (keys included) well-formed. */
export function wellFormedJson(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[wellFormed(key)] = wellFormedJson(inner);
    return out;
  }
  return value;
}

/** True when any string of the value (keys included) contains NUL. */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || containsNul(inner));
  return false;
}

/** JSON text can carry NUL and surrogates only as \u escapes: a cheap test before walking the value. */
export const mayHaveNul = (json: string) => json.includes('\\u0000');
export const mayHaveSurrogate = (json: string) => /\\u[dD][89abcdefABCDEF]/.test(json);
