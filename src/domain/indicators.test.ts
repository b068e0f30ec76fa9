import criteriaSample from '@catalogs/samples/criteria.sample.json';
import indicatorsSample from '@catalogs/samples/indicators.sample.json';
import topicsSample from '@catalogs/samples/training-topics.sample.json';
import {
  criteriaData,
  indicatorsData,
  parseCatalog,
  trainingTopicsData,
  type Indicator,
  type IndicatorFormula,
} from './catalog';
import {
  appliesAt,
  changeAgainst,
  computeIndicator,
  countsRead,
  emptyVillageFacts,
  targetGap,
  type VillageFacts,
} from './indicators';

const indicator = (formula: IndicatorFormula, target: number | null = 0.9): Indicator => ({
  code: 'x',
  name: { vi: 'Chỉ tiêu' },
  planSection: 'Mục tiêu',
  target,
  targetYear: 2030,
  level: 'village',
  formula,
});
const village = (id: string, patch: Partial<VillageFacts> = {}): VillageFacts => ({
  ...emptyVillageFacts(id),
  ...patch,
});

const skills = indicator({ kind: 'countRatio', numerator: 'adults-digital-skills', denominator: 'adults' });
const broadband = indicator({ kind: 'villagesWithCount', count: 'households-fibre', atLeast: 1 }, 1);
const safety = indicator({
  kind: 'trainedShare',
  topic: 'safety',
  denominator: 'adults',
  window: 'planToDate',
});

describe('indicators over village facts', () => {
  it('sums a count ratio over the villages that have both counts (hand-computed)', () => {
    const villages = [
      village('a', { counts: { adults: 200, 'adults-digital-skills': 150 } }),
      village('b', { counts: { adults: 100, 'adults-digital-skills': 95 } }),
      village('c', { counts: { adults: 300 } }), // skills never counted: left out of both sides
    ];
    const r = computeIndicator(skills, villages);
    expect(r).toMatchObject({ numerator: 245, denominator: 300, villagesWithData: 2, villages: 3 });
    expect(r.value).toBeCloseTo(245 / 300, 10);
    expect(r.meetsTarget).toBe(false);
    expect(targetGap(skills, r)).toBeCloseTo(0.9 - 245 / 300, 10);
  });

  it('has no data — not 0 % and no crash — for no villages, missing counts or zero adults', () => {
    for (const villages of [
      [],
      [village('a')],
      [village('a', { counts: { adults: 0, 'adults-digital-skills': 0 } })],
    ]) {
      const r = computeIndicator(skills, villages);
      expect(r.value).toBeNull();
      expect(r.meetsTarget).toBeNull();
      expect(targetGap(skills, r)).toBeNull();
    }
    expect(computeIndicator(safety, [village('a', { trainedToDate: { safety: 40 } })]).value).toBeNull();
    expect(computeIndicator(broadband, [village('a'), village('b')]).value).toBeNull();
    expect(computeIndicator(indicator({ kind: 'villagesRecognised' }), []).value).toBeNull();
  });

  it('meets a target reached exactly', () => {
    const r = computeIndicator(skills, [
      village('a', { counts: { adults: 10, 'adults-digital-skills': 9 } }),
    ]);
    expect(r.meetsTarget).toBe(true);
  });

  it('counts villages meeting a count among the villages that counted it', () => {
    const villages = [
      village('a', { counts: { 'households-fibre': 12 } }),
      village('b', { counts: { 'households-fibre': 0 } }),
      village('c'),
    ];
    const r = computeIndicator(broadband, villages);
    expect(r).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, villagesWithData: 2, villages: 3 });
    expect(r.meetsTarget).toBe(false);
  });

  it('shares of villages meeting a criterion or recognised as Thôn số use every village', () => {
    const villages = [
      village('a', { criteriaMet: ['team', 'wifi'], recognised: true }),
      village('b', { criteriaMet: ['team'] }),
      village('c'),
      village('d'),
    ];
    expect(
      computeIndicator(indicator({ kind: 'villagesMeetingCriterion', criterion: 'team' }), villages).value,
    ).toBe(0.5);
    expect(computeIndicator(indicator({ kind: 'villagesRecognised' }), villages).value).toBe(0.25);
  });

  it('counts active Người bản số per village, zero helpers being 0 and not "no data"', () => {
    const perVillage = indicator({ kind: 'activeHelpersPerVillage' }, 1);
    const r = computeIndicator(perVillage, [village('a', { activeHelpers: 3 }), village('b')]);
    expect(r).toMatchObject({ value: 1.5, meetsTarget: true });
    expect(computeIndicator(perVillage, [village('a')])).toMatchObject({ value: 0, meetsTarget: false });
  });

  it('divides people trained on a topic by adults, in the window the formula names', () => {
    const villages = [
      village('a', {
        counts: { adults: 100 },
        trainedToDate: { safety: 60 },
        trainedInPeriod: { safety: 20 },
      }),
      village('b', { counts: { adults: 50 }, trainedToDate: { safety: 30, vneid: 10 } }),
      village('c', { trainedToDate: { safety: 500 } }), // no adults counted: left out, not inflating
    ];
    expect(computeIndicator(safety, villages)).toMatchObject({ value: 0.6, numerator: 90, denominator: 150 });
    const inPeriod = indicator({
      kind: 'trainedShare',
      topic: 'safety',
      denominator: 'adults',
      window: 'period',
    });
    expect(computeIndicator(inPeriod, villages).value).toBeCloseTo(20 / 150, 10);
  });

  it('gives the change against the previous period only when both have data', () => {
    const now = computeIndicator(skills, [
      village('a', { counts: { adults: 10, 'adults-digital-skills': 8 } }),
    ]);
    const before = computeIndicator(skills, [
      village('a', { counts: { adults: 10, 'adults-digital-skills': 5 } }),
    ]);
    expect(changeAgainst(now, before)).toBeCloseTo(0.3, 10);
    expect(changeAgainst(now, computeIndicator(skills, []))).toBeNull();
    expect(changeAgainst(now, null)).toBeNull();
  });

  it('shows a province-level indicator only at the province', () => {
    expect(appliesAt({ ...skills, level: 'province' }, 'commune')).toBe(false);
    expect(appliesAt(skills, 'commune')).toBe(true);
  });
});

describe('the sample indicator catalog', () => {
  const catalog = parseCatalog(indicatorsSample);

  it('is marked as a sample read from the plan, with only the plan’s stated targets', () => {
    expect(catalog.kind).toBe('indicators');
    expect(catalog.sample).toBe(true);
    expect(catalog.source).toMatch(/MẪU/);
    expect(
      indicatorsData
        .parse(catalog.data)
        .indicators.map((i) => i.target)
        .sort(),
    ).toEqual([0.7, 0.8, 0.85, 0.9, 0.9, 0.9, 1]);
  });

  it('reads only village counts of the sample criteria catalog and topics of the sample topics', () => {
    const criteria = criteriaData.parse(parseCatalog(criteriaSample).data);
    const topics = trainingTopicsData.parse(parseCatalog(topicsSample).data);
    const counts = new Set(criteria.counts.map((c) => c.code));
    const topicCodes = new Set(topics.topics.map((t) => t.code));
    for (const i of indicatorsData.parse(catalog.data).indicators) {
      for (const code of countsRead(i.formula)) expect(counts, `${i.code} reads ${code}`).toContain(code);
      if (i.formula.kind === 'trainedShare') expect(topicCodes).toContain(i.formula.topic);
    }
  });
});
