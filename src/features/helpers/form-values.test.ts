import { newActivity, validateActivity } from './form-values';

const today = '2026-11-20';
const filled = { ...newActivity(today, { helperId: 'h1', kind: 'vneid' }) };

describe('help activity form validation', () => {
  it('accepts the pre-filled defaults: last helper and kind, one person, today', () => {
    expect(validateActivity('v1', filled, today)).toEqual({
      ok: true,
      data: { ...filled, villageId: 'v1' },
    });
  });

  it('asks for a helper, a kind and at least one person or household, by field', () => {
    const result = validateActivity('v1', { ...newActivity(today, null), peopleHelped: 0 }, today);
    expect(result).toEqual({
      ok: false,
      errors: {
        helperId: 'errors.pickHelper',
        kind: 'errors.pickKind',
        peopleHelped: 'errors.helpedAtLeastOne',
      },
    });
  });

  it('accepts households helped without people, and refuses a date after today', () => {
    expect(validateActivity('v1', { ...filled, peopleHelped: 0, householdsHelped: 2 }, today).ok).toBe(true);
    expect(validateActivity('v1', { ...filled, date: '2026-11-21' }, today)).toEqual({
      ok: false,
      errors: { date: 'errors.futureDate' },
    });
    expect(validateActivity('v1', { ...filled, date: '2026-02-30' }, today)).toEqual({
      ok: false,
      errors: { date: 'errors.date' },
    });
  });
});
