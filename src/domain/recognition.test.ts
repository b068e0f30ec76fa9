import criteriaSample from '@catalogs/samples/criteria.sample.json';
import { criteriaData, parseCatalog, type Criteria } from './catalog';
import { recognisedVillageIds, recognitionFields, villageRecognition } from './recognition';
import { recognitionGaps } from './recognition-rule';

const sample = criteriaData.parse(criteriaSample.data);
const proposal = {
  villageId: 'v1',
  criteriaVersion: 'sample-2026.1',
  criteria: [{ code: 'team', status: 'met', numerator: null, denominator: null, assessedOn: '2026-11-20' }],
  proposedBy: 'm1',
  proposedOn: '2026-11-24',
  note: '',
};
const statuses = (met: string[]) => (code: string) => (met.includes(code) ? 'met' : 'not_started') as never;

describe('recognition rule (published with the criteria)', () => {
  it('is eligible only when every required criterion is met and the minimum count is reached', () => {
    const required = ['team', 'channel', 'wifi', 'fibre', 'vneid'];
    expect(recognitionGaps(sample, statuses([...required, 'camera', 'ecommerce'])).eligible).toBe(false);
    const enough = recognitionGaps(sample, statuses([...required, 'camera', 'ecommerce', 'smartphone']));
    expect(enough).toMatchObject({ eligible: true, met: 8, missingRequired: [], moreNeeded: 0 });
  });

  it('says what a village still lacks: the required criteria not met, then how many more', () => {
    const gaps = recognitionGaps(sample, statuses(['team', 'camera']));
    expect(gaps.missingRequired.map((c) => c.code)).toEqual(['channel', 'wifi', 'fibre', 'vneid']);
    expect(gaps.moreNeeded).toBe(2);
    expect(gaps.eligible).toBe(false);
  });

  it('makes no village eligible when the catalog publishes no rule', () => {
    const noRule: Criteria = { ...sample, recognition: undefined };
    const all = statuses(sample.criteria.map((c) => c.code));
    expect(recognitionGaps(noRule, all)).toMatchObject({ hasRule: false, eligible: false, met: 10 });
  });

  it('refuses a catalog whose rule names a criterion it does not have', () => {
    const bad = {
      ...criteriaSample,
      data: { ...criteriaSample.data, recognition: { required: ['nope'], minimumMet: 1 } },
    };
    expect(() => parseCatalog(bad)).toThrow(/unknown nope/);
  });
});

describe('recognition records', () => {
  it('accepts a pending proposal and needs a reason to return one', () => {
    expect(recognitionFields.safeParse(proposal).success).toBe(true);
    const returned = recognitionFields.safeParse({ ...proposal, decision: 'returned', decisionReason: ' ' });
    expect(returned.error?.issues.map((i) => i.message)).toEqual(['errors.reasonRequired']);
    expect(
      recognitionFields.safeParse({
        ...proposal,
        decision: 'returned',
        decisionReason: 'Thiếu ảnh minh chứng',
      }).success,
    ).toBe(true);
  });

  it('a village is recognised once any proposal is confirmed, else it follows its newest proposal', () => {
    const p = (id: string, decision?: 'confirmed' | 'returned', deleted = false) => ({
      id,
      villageId: 'v1',
      decision,
      deleted,
    });
    expect(villageRecognition([])).toBe('none');
    expect(villageRecognition([p('01a', 'returned'), p('01b')])).toBe('pending');
    expect(villageRecognition([p('01b', 'returned'), p('01a')])).toBe('returned');
    expect(villageRecognition([p('01a', 'confirmed'), p('01b', 'returned')])).toBe('confirmed');
    expect(villageRecognition([p('01a', 'confirmed', true)])).toBe('none');
    expect([...recognisedVillageIds([p('01a', 'confirmed'), { ...p('01b'), villageId: 'v2' }])]).toEqual([
      'v1',
    ]);
  });
});
