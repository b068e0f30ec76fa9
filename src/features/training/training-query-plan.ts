// How to find one page of training sessions at the least cost, from native index counts (no rows read).
// Measured in Chromium at 4× CPU over 30,000 rows: reading a row costs ~10× reading a key, so the plan
// minimises rows read. Costs below are in "key reads"; a row read counts as ROW_COST of them.
export type QueryPlan =
  /** Walk the date (or village+date) range newest first, reading rows until the page is full. */
  | { kind: 'walk' }
  /** Fetch every id of the most selective topic/word range, then sort: for a handful of matches. */
  | { kind: 'fetchAll' }
  /** Read ids of the range newest first, keep those in the selective set, fetch only those rows. */
  | { kind: 'keys'; chunk: number };

const ROW_COST = 10;

export function planQuery(opts: {
  /** Rows the page needs (limit + 1, to know whether there is a next page). */
  need: number;
  /** Index entries in the date/village range, or null when nothing narrows beyond it. */
  rangeCount: number | null;
  /** Index entries of the most selective topic/word range (multi-entry: may count a row twice). */
  bestCount: number | null;
  /** Rows in the table: the topic/word share of it estimates the share of matches in the range. */
  tableCount?: number | null;
}): QueryPlan {
  const { need, rangeCount, bestCount } = opts;
  if (bestCount === null || rangeCount === null || rangeCount === 0) return { kind: 'walk' };
  const density = Math.min(1, bestCount / Math.max(1, opts.tableCount ?? rangeCount));
  // Entries of the range scanned, on average, before `need` matches turn up.
  const scanned = Math.min(rangeCount, Math.ceil(need / Math.max(density, 1e-9)));
  const walk = ROW_COST * scanned;
  const fetchAll = (1 + ROW_COST) * bestCount;
  const keys = bestCount + scanned + ROW_COST * need;
  if (walk <= fetchAll && walk <= keys) return { kind: 'walk' };
  if (fetchAll <= keys) return { kind: 'fetchAll' };
  return { kind: 'keys', chunk: Math.max(200, Math.ceil(scanned * 1.5)) };
}
