// Unit tests of writing one (village, criterion) assessment: deterministic id, version, minimal patch.
import { compositeId } from '@/domain/ids';
import { BanSoDatabase } from '@/storage/database';
import { saveProgress, type Assessment } from './save-progress';

const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-1' };
const a: Assessment = {
  villageId: 'v1',
  criterionCode: 'fibre',
  criteriaVersion: 'sample-2026.1',
  assessedBy: 'sample-member-1',
  assessedOn: '2026-11-20',
};
let n = 0;
const fresh = () => new BanSoDatabase(`save-progress-${n++}`);

describe('saving checklist progress', () => {
  it('creates the one row of (village, criterion) with every field, then patches only what changed', async () => {
    const db = fresh();
    expect(await saveProgress(db, ctx, { status: 'in_progress' }, a)).toEqual({ ok: true, changed: true });
    await saveProgress(db, ctx, { numerator: 60, denominator: 86 }, { ...a, assessedOn: '2026-11-21' });
    const row = await db.checklistProgress.get(compositeId('v1', 'fibre'));
    expect(row).toMatchObject({
      status: 'in_progress',
      numerator: 60,
      denominator: 86,
      assessedOn: '2026-11-21',
    });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => o.recordId)).toEqual([compositeId('v1', 'fibre'), compositeId('v1', 'fibre')]);
    expect(outbox[0]?.patch).toMatchObject({
      status: 'in_progress',
      note: '',
      criteriaVersion: 'sample-2026.1',
    });
    // The fields the official did not set are sent as defaults that cannot overwrite another device's value.
    expect(outbox[0]?.weak?.sort()).toEqual(['denominator', 'note', 'numerator', 'photos']);
    expect(outbox[1]?.weak).toBeUndefined();
    expect(Object.keys(outbox[1]!.patch).sort()).toEqual(
      ['assessedBy', 'assessedOn', 'criteriaVersion', 'denominator', 'numerator'].sort(),
    );
  });

  it('refuses a numerator above the denominator with an inline error key and writes nothing', async () => {
    const db = fresh();
    const result = await saveProgress(db, ctx, { numerator: 90, denominator: 86 }, a);
    expect(result).toEqual({ ok: false, errors: { numerator: 'errors.numeratorExceedsDenominator' } });
    expect(await db.checklistProgress.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes nothing for an unchanged value, but re-records it under a newer criteria version', async () => {
    const db = fresh();
    await saveProgress(db, ctx, { status: 'met' }, a);
    expect(await saveProgress(db, ctx, { status: 'met' }, a)).toEqual({ ok: true, changed: false });
    await saveProgress(db, ctx, { status: 'met' }, { ...a, criteriaVersion: 'sample-2026.2' });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox[1]?.patch).toEqual({
      criteriaVersion: 'sample-2026.2',
      assessedBy: 'sample-member-1',
      assessedOn: '2026-11-20',
    });
  });

  it('trims the note before saving', async () => {
    const db = fresh();
    await saveProgress(db, ctx, { note: '  Đã lắp Wi-Fi  ' }, a);
    expect((await db.checklistProgress.get(compositeId('v1', 'fibre')))?.note).toBe('Đã lắp Wi-Fi');
  });
});
