import trainingTopics from '@catalogs/samples/training-topics.sample.json';
import { trainingTopicsData } from '@/domain/catalog';
import {
  carriedOver,
  changedFields,
  newSessionValues,
  sessionToValues,
  validateTraining,
} from './training-form-model';

const catalog = trainingTopicsData.parse(trainingTopics.data);
const villages = [{ id: 'v1', communeId: 'c1', name: 'Thôn Suối Chải' }];
const rules = { catalog, villages, today: '2026-11-20' };
const fresh = () =>
  newSessionValues({ today: '2026-11-20', villageId: 'v1', catalog, memberName: 'Vàng A Sử' });
const valid = () => ({
  ...fresh(),
  place: 'Nhà văn hóa',
  topics: ['vneid'],
  attendees: { ...fresh().attendees, total: 12, women: 6 },
});

describe('training form model', () => {
  it('starts a new session today, in the chosen village, in Vietnamese, with the member as trainer', () => {
    const v = fresh();
    expect(v).toMatchObject({ date: '2026-11-20', villageId: 'v1', language: 'vi', trainers: ['Vàng A Sử'] });
    expect(Object.keys(v.attendees.ageBands)).toEqual(catalog.ageBands.map((b) => b.code));
  });

  it('pre-fills the last used choices but never the topics, and drops codes the catalog no longer has', () => {
    const v = newSessionValues({
      today: '2026-11-20',
      villageId: 'v1',
      catalog,
      memberName: 'Vàng A Sử',
      lastUsed: {
        place: 'Sân trường',
        topics: ['safety', 'gone'],
        trainers: ['Lý Thị Mai'],
        language: 'hmn',
      },
    });
    expect(v).toMatchObject({
      place: 'Sân trường',
      topics: [],
      trainers: ['Lý Thị Mai'],
      language: 'hmn',
    });
  });

  it('accepts a complete session and ignores blank trainer rows', () => {
    const result = validateTraining({ ...valid(), trainers: ['', ' Vàng A Sử '] }, rules);
    expect(result.ok && result.fields.trainers).toEqual(['Vàng A Sử']);
  });

  it('names what it carried over and offers only the last topics the catalog still has', () => {
    expect(
      carriedOver({ place: 'Sân trường', topics: ['safety', 'gone'], language: 'hmn' }, catalog),
    ).toEqual({
      fields: ['place', 'language'],
      topics: ['safety'],
    });
    expect(carriedOver(undefined, catalog)).toEqual({ fields: [], topics: [] });
  });

  it('refuses more VNeID activations than attendees (a per-person outcome)', () => {
    const result = validateTraining(
      {
        ...valid(),
        attendees: { ...valid().attendees, total: 5, women: 0 },
        outcomes: { 'vneid-activated': 999_999 },
      },
      rules,
    );
    expect(result.ok ? {} : result.errors).toMatchObject({
      'outcomes.vneid-activated': 'errors.outcomeExceedsAttendees',
    });
    const fine = {
      ...valid(),
      attendees: { ...valid().attendees, total: 5, women: 0 },
      outcomes: { 'vneid-activated': 5 },
    };
    expect(validateTraining(fine, rules).ok).toBe(true);
  });

  it('rejects a future date, unknown codes and a village outside the commune', () => {
    const result = validateTraining(
      { ...valid(), date: '2026-11-21', topics: ['nope'], language: 'xx', villageId: 'elsewhere' },
      rules,
    );
    expect(result.ok ? {} : result.errors).toMatchObject({
      date: 'errors.futureDate',
      topics: 'errors.unknownCode',
      language: 'errors.unknownCode',
      villageId: 'errors.unknownCode',
    });
  });

  it('reports schema errors per field, on the trainer row the user sees', () => {
    const long = 'x'.repeat(121);
    const result = validateTraining(
      {
        ...valid(),
        place: ' ',
        durationMinutes: Number.NaN,
        trainers: ['', long],
        attendees: { ...valid().attendees, total: 3, women: 4 },
      },
      rules,
    );
    expect(result.ok ? {} : result.errors).toMatchObject({
      place: 'errors.required',
      durationMinutes: 'errors.number',
      'trainers.1': 'errors.tooLong',
      'attendees.women': 'errors.exceedsTotal',
    });
  });

  it('patches only the fields that changed, ignoring zero steppers added for catalog codes', () => {
    const stored = { ...valid(), attendees: { ...valid().attendees, ageBands: {} }, outcomes: {} };
    const form = sessionToValues(stored, catalog);
    expect(changedFields(stored, form)).toEqual({});
    const edited = {
      ...form,
      place: 'Nhà văn hóa mới',
      outcomes: { ...form.outcomes, 'vneid-activated': 4 },
    };
    expect(Object.keys(changedFields(stored, edited)).sort()).toEqual(['outcomes', 'place']);
  });
});
