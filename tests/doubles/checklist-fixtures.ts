// Test fixtures of the checklist feature: progress rows and village counts written the way the app
// writes them (record writer, deterministic ids), in the sample commune.
import { compositeId } from '@/domain/ids';
import type { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';

export const SUOI_CHAI = 'sample-bx-suoi-chai';
const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-2' };

export function putProgress(
  db: BanSoDatabase,
  villageId: string,
  criterionCode: string,
  fields: {
    status?: string;
    criteriaVersion?: string;
    numerator?: number | null;
    denominator?: number | null;
  } = {},
) {
  const content = {
    villageId,
    criterionCode,
    criteriaVersion: 'sample-2026.1',
    status: 'met',
    numerator: null,
    denominator: null,
    note: '',
    assessedBy: 'sample-member-2',
    assessedOn: '2026-11-02',
    ...fields,
  };
  return createRecord(db, 'checklistProgress', content, ctx, compositeId(villageId, criterionCode));
}

export function putCount(
  db: BanSoDatabase,
  villageId: string,
  code: string,
  value: number,
  countedOn: string,
) {
  return createRecord(
    db,
    'villageCounts',
    { villageId, code, value, countedOn },
    ctx,
    compositeId(villageId, code),
  );
}
