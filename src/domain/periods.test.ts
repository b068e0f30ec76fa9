import {
  containsDay,
  formatPeriod,
  parsePeriod,
  periodBoundsMs,
  phasePeriod,
  planPeriod,
  previousYearPeriod,
  rangePeriod,
  splitMonths,
  splitPeriod,
  vietnamDay,
  yearPeriod,
} from './periods';

describe('reporting periods', () => {
  it('knows the plan, its two phases and calendar years', () => {
    expect(phasePeriod(1)).toEqual({ kind: 'phase1', from: '2026-05-01', to: '2027-12-31' });
    expect(phasePeriod(2)).toEqual({ kind: 'phase2', from: '2028-01-01', to: '2030-12-31' });
    expect(planPeriod()).toEqual({ kind: 'plan', from: '2026-05-01', to: '2030-12-31' });
    expect(yearPeriod(2027)).toEqual({ kind: 'year', from: '2027-01-01', to: '2027-12-31' });
  });

  it('puts 31/12 23:59 in Vietnam in that year, and 00:00 the next day (17:00 UTC) in the next', () => {
    const lastMinute = Date.parse('2026-12-31T16:59:00Z'); // 23:59 in Vietnam
    const newYear = Date.parse('2026-12-31T17:00:00Z'); // 00:00 on 01/01/2027 in Vietnam
    expect(vietnamDay(lastMinute)).toBe('2026-12-31');
    expect(vietnamDay(newYear)).toBe('2027-01-01');
    expect(containsDay(yearPeriod(2026), vietnamDay(lastMinute))).toBe(true);
    expect(containsDay(yearPeriod(2026), vietnamDay(newYear))).toBe(false);
  });

  it('does not take 31/12 23:59 UTC for the old year: it is already 01/01 in Vietnam', () => {
    expect(vietnamDay(Date.parse('2026-12-31T23:59:00Z'))).toBe('2027-01-01');
    expect(vietnamDay(Date.parse('2026-01-01T00:00:00+07:00'))).toBe('2026-01-01');
    expect(vietnamDay(Date.parse('2025-12-31T16:59:59.999Z'))).toBe('2025-12-31');
  });

  it('bounds a period in server milliseconds from 00:00 to the next midnight in Vietnam', () => {
    const { startMs, endMs } = periodBoundsMs(yearPeriod(2026));
    expect(new Date(startMs).toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(new Date(endMs).toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('a record dated by the phone (yyyy-mm-dd) is already a Vietnam day', () => {
    expect(containsDay(yearPeriod(2026), '2026-12-31')).toBe(true);
    expect(containsDay(yearPeriod(2026), '2027-01-01')).toBe(false);
    expect(containsDay(phasePeriod(1), '2026-04-30')).toBe(false);
    expect(containsDay(phasePeriod(1), '2026-05-01')).toBe(true);
  });

  it('compares with the previous year', () => {
    expect(previousYearPeriod(yearPeriod(2027))).toEqual(yearPeriod(2026));
    expect(previousYearPeriod(phasePeriod(1))).toEqual(rangePeriod('2025-05-01', '2026-12-31'));
    expect(previousYearPeriod(rangePeriod('2028-02-29', '2028-03-31'))).toEqual(
      rangePeriod('2027-02-28', '2027-03-31'),
    );
  });

  it('parses and formats the query-string forms, refusing nonsense', () => {
    for (const text of ['2026', 'phase1', 'phase2', 'plan', '2026-03-01..2026-06-30'])
      expect(formatPeriod(parsePeriod(text)!)).toBe(text);
    for (const bad of [
      '',
      '26',
      'phase3',
      '2026-02-30..2026-03-01',
      '2026-06-30..2026-03-01',
      '1800',
      'x..y',
    ])
      expect(parsePeriod(bad)).toBeNull();
  });

  it('splits a period into whole months and ragged edge days', () => {
    expect(splitMonths(yearPeriod(2026)).months).toHaveLength(12);
    expect(splitMonths(yearPeriod(2026)).edgeDays).toEqual([]);
    const r = splitMonths(rangePeriod('2026-01-15', '2026-04-10'));
    expect(r.months).toEqual(['2026-02', '2026-03']);
    expect(r.edgeDays).toEqual([
      rangePeriod('2026-01-15', '2026-01-31'),
      rangePeriod('2026-04-01', '2026-04-10'),
    ]);
    expect(splitMonths(rangePeriod('2026-02-03', '2026-02-05')).edgeDays).toEqual([
      rangePeriod('2026-02-03', '2026-02-05'),
    ]);
    expect(splitMonths(rangePeriod('2028-02-01', '2028-02-29')).months).toEqual(['2028-02']);
  });

  it('reads whole years, then whole months, then edge days', () => {
    expect(splitPeriod(yearPeriod(2027))).toEqual({ years: ['2027'], months: [], edgeDays: [] });
    const phase1 = splitPeriod(phasePeriod(1));
    expect(phase1.years).toEqual(['2027']);
    expect(phase1.months).toEqual([
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    const r = splitPeriod(rangePeriod('2026-03-15', '2028-02-10'));
    expect(r.years).toEqual(['2027']);
    expect(r.months[0]).toBe('2026-04');
    expect(r.months.at(-1)).toBe('2028-01');
    expect(r.edgeDays).toEqual([
      rangePeriod('2026-03-15', '2026-03-31'),
      rangePeriod('2028-02-01', '2028-02-10'),
    ]);
  });
});
