// Diacritic folding for search: users type "suoi chai" and expect "Suối Chải". Vietnamese đ/Đ is a
// separate letter, not a combining mark, so NFD alone leaves it: map it by hand.
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Distinct folded words of the given texts, for a multi-entry search index. */
export function searchWords(...texts: Array<string | undefined>): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const w of fold(t).split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  }
  return [...words];
}

/** True when every word of the query is a prefix of some word of the text ("thon ta van" ⊂ "Thôn Tả Van"). */
export function matchesQuery(text: string, query: string): boolean {
  const have = searchWords(text);
  return searchWords(query).every((q) => have.some((w) => w.startsWith(q)));
}
