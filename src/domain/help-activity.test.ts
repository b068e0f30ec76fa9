import { banSoHelperFields, helpActivityFields } from './help-activity';

/** The errors.* key per field path; the first issue of a path wins, as forms show it. */
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success
    ? {}
    : Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]).reverse());

const helper = { villageId: 'v1', name: 'Giàng Thị Dua', phone: '0912345678', notes: '', active: true };
const activity = {
  villageId: 'v1',
  helperId: 'h1',
  date: '2026-11-24',
  kind: 'vneid',
  peopleHelped: 3,
  householdsHelped: 0,
  notes: '',
};

describe('Người bản số schema', () => {
  it('accepts a helper with a Vietnamese mobile number, +84 or none', () => {
    expect(messages(banSoHelperFields.safeParse(helper))).toEqual({});
    expect(messages(banSoHelperFields.safeParse({ ...helper, phone: '+84912345678' }))).toEqual({});
    expect(messages(banSoHelperFields.safeParse({ ...helper, phone: '' }))).toEqual({});
  });

  it('accepts a phone number typed with spaces or dots and stores it as digits', () => {
    const parsed = banSoHelperFields.safeParse({ ...helper, phone: ' 0912 345 678 ' });
    expect(parsed.success && parsed.data.phone).toBe('0912345678');
    const dotted = banSoHelperFields.safeParse({ ...helper, phone: '+84 912.345.678' });
    expect(dotted.success && dotted.data.phone).toBe('+84912345678');
  });

  it('rejects a malformed phone number with errors.phone and a blank name with errors.required', () => {
    expect(messages(banSoHelperFields.safeParse({ ...helper, phone: '12345', name: ' ' }))).toEqual({
      phone: 'errors.phone',
      name: 'errors.required',
    });
  });
});

describe('help activity schema', () => {
  it('accepts a help activity', () => {
    expect(messages(helpActivityFields.safeParse(activity))).toEqual({});
  });

  it('needs the helper and the kind of help', () => {
    expect(messages(helpActivityFields.safeParse({ ...activity, helperId: '', kind: '' }))).toEqual({
      helperId: 'errors.pickHelper',
      kind: 'errors.pickKind',
    });
  });

  it('needs at least one person or household helped', () => {
    const none = { ...activity, peopleHelped: 0, householdsHelped: 0 };
    expect(messages(helpActivityFields.safeParse(none))).toEqual({ peopleHelped: 'errors.helpedAtLeastOne' });
    expect(messages(helpActivityFields.safeParse({ ...none, householdsHelped: 1 }))).toEqual({});
  });

  it('refuses more households helped than people helped (each household through a person counted)', () => {
    expect(
      messages(helpActivityFields.safeParse({ ...activity, peopleHelped: 3, householdsHelped: 9 })),
    ).toEqual({
      householdsHelped: 'errors.householdsExceedPeople',
    });
    expect(
      messages(helpActivityFields.safeParse({ ...activity, peopleHelped: 3, householdsHelped: 3 })),
    ).toEqual({});
  });

  it('takes notes up to the one note limit and refuses longer ones', () => {
    expect(messages(helpActivityFields.safeParse({ ...activity, notes: 'a'.repeat(2000) }))).toEqual({});
    expect(messages(helpActivityFields.safeParse({ ...activity, notes: 'a'.repeat(2001) }))).toEqual({
      notes: 'errors.tooLong',
    });
  });

  it('rejects negative counts and invalid dates', () => {
    expect(
      messages(helpActivityFields.safeParse({ ...activity, peopleHelped: -2, date: '2026-13-01' })),
    ).toEqual({
      peopleHelped: 'errors.nonNegative',
      date: 'errors.date',
    });
  });
});
