import { checklistProgressFields, villageCountFields } from './checklist-progress';

const progress = {
  villageId: 'v1',
  criterionCode: 'fibre',
  criteriaVersion: 'sample-2026.1',
  status: 'in_progress',
  numerator: 43,
  denominator: 86,
  note: '',
  assessedBy: 'm1',
  assessedOn: '2026-11-24',
};

/** The errors.* key per field path; the first issue of a path wins, as forms show it. */
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success
    ? {}
    : Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]).reverse());

describe('checklist progress schema', () => {
  it('accepts progress with measured numbers, and with none for a check criterion', () => {
    expect(messages(checklistProgressFields.safeParse(progress))).toEqual({});
    expect(
      messages(checklistProgressFields.safeParse({ ...progress, numerator: null, denominator: null })),
    ).toEqual({});
  });

  it('rejects a numerator larger than the denominator', () => {
    expect(messages(checklistProgressFields.safeParse({ ...progress, numerator: 90 }))).toEqual({
      numerator: 'errors.numeratorExceedsDenominator',
    });
  });

  it('accepts only the three statuses and needs the criteria version it was assessed against', () => {
    expect(
      messages(checklistProgressFields.safeParse({ ...progress, status: 'done', criteriaVersion: '' })),
    ).toEqual({ status: 'errors.required', criteriaVersion: 'errors.required' });
  });
});

describe('village count schema', () => {
  it('accepts a count with the date it was counted and rejects a negative value', () => {
    const count = { villageId: 'v1', code: 'households', value: 86, countedOn: '2026-11-01' };
    expect(messages(villageCountFields.safeParse(count))).toEqual({});
    expect(messages(villageCountFields.safeParse({ ...count, value: -1 }))).toEqual({
      value: 'errors.nonNegative',
    });
  });
});
