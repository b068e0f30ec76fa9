import {
  outcomesBeyondAttendees,
  perAttendeeOutcomes,
  sessionTrainers,
  trainingSessionFields,
} from './training-session';

const valid = {
  villageId: 'v1',
  date: '2026-11-24',
  place: 'Nhà văn hóa thôn Suối Chải',
  durationMinutes: 90,
  topics: ['vneid', 'safety'],
  trainers: ['Vàng A Sử'],
  targetGroup: 'residents',
  language: 'hmn',
  attendees: { total: 24, women: 13, ethnicMinority: 24, ageBands: { '18-35': 10, '36-60': 14 } },
  outcomes: { 'vneid-activated': 9 },
  notes: '',
};

/** The errors.* keys a session gets, by field path. */
function errors(input: unknown): Record<string, string> {
  const result = trainingSessionFields.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('training session schema', () => {
  it('accepts a complete session', () => {
    expect(errors(valid)).toEqual({});
  });

  it('rejects more women than attendees with errors.exceedsTotal', () => {
    expect(errors({ ...valid, attendees: { ...valid.attendees, women: 25 } })).toEqual({
      'attendees.women': 'errors.exceedsTotal',
    });
  });

  it('rejects more ethnic-minority attendees than attendees', () => {
    expect(errors({ ...valid, attendees: { ...valid.attendees, ethnicMinority: 30 } })).toEqual({
      'attendees.ethnicMinority': 'errors.exceedsTotal',
    });
  });

  it('rejects age groups adding up to more than the total', () => {
    const ageBands = { '18-35': 20, '36-60': 5 };
    expect(errors({ ...valid, attendees: { ...valid.attendees, ageBands } })).toEqual({
      'attendees.ageBands': 'errors.bandsExceedTotal',
    });
  });

  it('needs at least one attendee', () => {
    const attendees = { total: 0, women: 0, ethnicMinority: 0, ageBands: {} };
    expect(errors({ ...valid, attendees })).toEqual({ 'attendees.total': 'errors.attendeesAtLeastOne' });
  });

  it('needs a topic, a trainer, a place, a target group and a language', () => {
    expect(
      errors({ ...valid, topics: [], trainers: [], place: '  ', targetGroup: '', language: '' }),
    ).toEqual({
      topics: 'errors.pickTopic',
      trainers: 'errors.trainerRequired',
      place: 'errors.required',
      targetGroup: 'errors.required',
      language: 'errors.required',
    });
  });

  it('keeps the duration between 5 minutes and 24 hours, in whole minutes', () => {
    expect(errors({ ...valid, durationMinutes: 4 })).toEqual({ durationMinutes: 'errors.durationRange' });
    expect(errors({ ...valid, durationMinutes: 24 * 60 + 1 })).toEqual({
      durationMinutes: 'errors.durationRange',
    });
    expect(errors({ ...valid, durationMinutes: 30.5 })).toEqual({ durationMinutes: 'errors.integer' });
    expect(errors({ ...valid, durationMinutes: 5 })).toEqual({});
  });

  it('rejects impossible dates and negative or fractional counts', () => {
    expect(errors({ ...valid, date: '2026-02-30' })).toEqual({ date: 'errors.date' });
    expect(errors({ ...valid, date: '24/11/2026' })).toEqual({ date: 'errors.date' });
    expect(errors({ ...valid, outcomes: { 'vneid-activated': -1 } })).toEqual({
      'outcomes.vneid-activated': 'errors.nonNegative',
    });
    expect(errors({ ...valid, attendees: { ...valid.attendees, total: 24.5 } })['attendees.total']).toBe(
      'errors.integer',
    );
  });

  it('trims text and refuses over-long notes', () => {
    const parsed = trainingSessionFields.parse({ ...valid, place: '  Nhà văn hóa  ' });
    expect(parsed.place).toBe('Nhà văn hóa');
    expect(errors({ ...valid, notes: 'x'.repeat(2001) })).toEqual({ notes: 'errors.tooLong' });
  });
});

describe('trainers chosen from the team', () => {
  const base = {
    villageId: 'v1',
    date: '2026-11-20',
    place: 'Nhà văn hóa',
    durationMinutes: 60,
    topics: ['vneid'],
    trainers: ['Vàng A Sử', 'Cô giáo Lan'],
    targetGroup: 'residents',
    language: 'vi',
    attendees: { total: 10, women: 5, ethnicMinority: 5, ageBands: {} },
    outcomes: {},
    notes: '',
  };
  it('keeps old free-text records valid and reads their trainers as from outside the team', () => {
    expect(trainingSessionFields.safeParse(base).success).toBe(true);
    expect(sessionTrainers(base)).toEqual([
      { name: 'Vàng A Sử', memberId: null },
      { name: 'Cô giáo Lan', memberId: null },
    ]);
  });
  it('names the member behind each trainer row, null for someone from outside', () => {
    const record = { ...base, trainerMemberIds: ['m1', null] };
    expect(trainingSessionFields.safeParse(record).success).toBe(true);
    expect(sessionTrainers(record)).toEqual([
      { name: 'Vàng A Sử', memberId: 'm1' },
      { name: 'Cô giáo Lan', memberId: null },
    ]);
    // Ids that no longer line up with the names (an older app edited the names) are not trusted.
    expect(sessionTrainers({ ...record, trainers: ['Vàng A Sử'] })).toEqual([
      { name: 'Vàng A Sử', memberId: null },
    ]);
  });
});

describe('per-person outcomes (the rule the form and the server share)', () => {
  const catalogOutcomes = [
    { code: 'vneid-activated', perAttendee: true },
    { code: 'public-service-submitted' },
    { code: 'e-payment-opened', perAttendee: false },
  ];

  it('reads which outcomes count once per person from the catalog', () => {
    expect(perAttendeeOutcomes(catalogOutcomes)).toEqual(['vneid-activated']);
  });

  it('names a per-person outcome above the attendees, and allows exactly one per person', () => {
    const perPerson = perAttendeeOutcomes(catalogOutcomes);
    const attendees = { ...valid.attendees, total: 5, ageBands: {} };
    expect(
      outcomesBeyondAttendees({ attendees, outcomes: { 'vneid-activated': 999_999 } }, perPerson),
    ).toEqual(['vneid-activated']);
    expect(outcomesBeyondAttendees({ attendees, outcomes: { 'vneid-activated': 5 } }, perPerson)).toEqual([]);
    // Not per person: a form submitted for each of several services can outnumber the people.
    expect(
      outcomesBeyondAttendees({ attendees, outcomes: { 'public-service-submitted': 40 } }, perPerson),
    ).toEqual([]);
  });
});
