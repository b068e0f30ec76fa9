import type { Criterion } from './catalog';
import { computeRatio, countCodesOf, ratioNumbers, villageProgress } from './ratio';

const fibre: Criterion = {
  code: 'fibre',
  group: 'infra',
  name: { vi: 'Hộ có cáp quang' },
  kind: 'ratio',
  numeratorCount: 'households-fibre',
  denominatorCount: 'households',
  threshold: 0.8,
};
const check: Criterion = { code: 'team', group: 'org', name: { vi: 'Có tổ CNSCĐ' }, kind: 'check' };

describe('ratio criteria', () => {
  it('computes the ratio and compares it with the catalog threshold', () => {
    expect(computeRatio(fibre, 43, 86)).toEqual({ ratio: 0.5, meetsThreshold: false });
    const high = computeRatio(fibre, 70, 86);
    expect(high.ratio).toBeCloseTo(0.814, 3);
    expect(high.meetsThreshold).toBe(true);
  });

  it('meets the threshold when the ratio equals it exactly', () => {
    expect(computeRatio(fibre, 80, 100).meetsThreshold).toBe(true);
    expect(computeRatio(fibre, 79, 100).meetsThreshold).toBe(false);
  });

  it('has no ratio while a number is missing or the denominator is zero', () => {
    expect(computeRatio(fibre, null, 86)).toEqual({ ratio: null, meetsThreshold: null });
    expect(computeRatio(fibre, 10, null)).toEqual({ ratio: null, meetsThreshold: null });
    expect(computeRatio(fibre, 0, 0)).toEqual({ ratio: null, meetsThreshold: null });
  });

  it('computes nothing for a check criterion, and no verdict without a threshold', () => {
    expect(computeRatio(check, 1, 2)).toEqual({ ratio: null, meetsThreshold: null });
    const { threshold: _dropped, ...noThreshold } = fibre;
    expect(computeRatio(noThreshold, 1, 2)).toEqual({ ratio: 0.5, meetsThreshold: null });
  });
});

describe('village progress', () => {
  it('counts met and in-progress criteria out of all criteria of the version', () => {
    const statuses: Record<string, 'met' | 'in_progress' | 'not_started'> = {
      fibre: 'met',
      team: 'in_progress',
    };
    const third: Criterion = { ...check, code: 'wifi' };
    expect(villageProgress([fibre, check, third], (c) => statuses[c])).toEqual({
      met: 1,
      inProgress: 1,
      total: 3,
    });
  });

  it('is zero of zero for an empty criteria list', () => {
    expect(villageProgress([], () => 'met')).toEqual({ met: 0, inProgress: 0, total: 0 });
  });
});

describe('ratio numbers: one source', () => {
  const counts: Record<string, number> = { households: 86, 'households-fibre': 72 };
  it('a criterion naming village counts reads them, whatever its assessment row once recorded', () => {
    expect(ratioNumbers(fibre, { numerator: 10, denominator: 20 }, (c) => counts[c])).toEqual({
      numerator: 72,
      denominator: 86,
    });
    expect(ratioNumbers(fibre, { numerator: 10, denominator: 20 }, () => undefined)).toEqual({
      numerator: null,
      denominator: null,
    });
  });
  it('a criterion naming no counts keeps the numbers of its assessment', () => {
    const own = { ...fibre, numeratorCount: undefined, denominatorCount: undefined };
    expect(countCodesOf(own)).toBeNull();
    expect(ratioNumbers(own, { numerator: 10, denominator: 20 }, (c) => counts[c])).toEqual({
      numerator: 10,
      denominator: 20,
    });
  });
});
