import { planQuery } from './training-query-plan';

describe('training query plan', () => {
  it('walks the date range when nothing narrows it or when most rows match', () => {
    expect(planQuery({ need: 31, rangeCount: null, bestCount: null })).toEqual({ kind: 'walk' });
    expect(planQuery({ need: 31, rangeCount: 30_000, bestCount: 60_000 })).toEqual({ kind: 'walk' });
    expect(planQuery({ need: 31, rangeCount: 30_000, bestCount: 7_500 })).toEqual({ kind: 'walk' });
  });

  it('fetches a handful of matches by id instead of scanning every row', () => {
    expect(planQuery({ need: 31, rangeCount: 30_000, bestCount: 5 })).toEqual({ kind: 'fetchAll' });
    expect(planQuery({ need: 31, rangeCount: 545, bestCount: 12 })).toEqual({ kind: 'fetchAll' });
  });

  it('reads ids newest first for a sparse but large match set, fetching only the page', () => {
    expect(planQuery({ need: 31, rangeCount: 30_000, bestCount: 1_400 })).toMatchObject({ kind: 'keys' });
    expect(planQuery({ need: 8, rangeCount: 600, bestCount: 100 })).toMatchObject({ kind: 'keys' });
  });

  it('judges a word by its share of the whole table, not of the village it is filtered to', () => {
    // 300 matches among 30,000 rows: ~5 in a village of 545, so walking it would read every row.
    expect(planQuery({ need: 31, rangeCount: 545, bestCount: 300, tableCount: 30_000 })).toMatchObject({
      kind: 'keys',
    });
    expect(planQuery({ need: 31, rangeCount: 545, bestCount: 300 })).toEqual({ kind: 'walk' });
  });
});
