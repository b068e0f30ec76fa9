// Makes a commune's five years of training sessions, shaped exactly as the app stores them: built by the
// app's own merge (`applyMutation`) and index (`indexFields`) code, written with bulkPut in batches.
import { encodeHlc } from '@/domain/hlc';
import { newId } from '@/domain/ids';
import { applyMutation } from '@/domain/merge';
import { SCHEMA_VERSION } from '@/domain/record-base';
import type { TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { indexFields } from '@/storage/search-index';

export const VILLAGES = [
  'sample-bx-suoi-chai',
  'sample-bx-son-ha',
  'sample-bx-ta-van',
  'sample-bx-lao-chai',
  'sample-bx-ban-xeo',
  'sample-bx-muong-hum',
];
const TOPICS = [
  'vneid',
  'public-services',
  'e-payment',
  'e-commerce',
  'safety',
  'smartphone',
  'ai',
  'binhdanhocvuso',
];
const PLACES = [
  'Nhà văn hóa thôn',
  'Trường tiểu học',
  'Sân nhà ông Páo',
  'Trạm y tế xã',
  'Hội trường UBND xã',
  'Chợ phiên',
];
const TRAINERS = ['Vàng A Sử', 'Lý Thị Mai', 'Hoàng Văn Nam', 'Giàng Thị Dua', 'Sùng A Páo', 'Đặng Văn Tài'];
const NOTES = [
  '',
  'Bà con rất hào hứng',
  'Mất điện giữa buổi',
  'Cần thêm buổi về lừa đảo qua mạng',
  'Trời mưa, ít người',
];

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedTrainingSessions(
  db: BanSoDatabase,
  communeId: string,
  actor: string,
  count: number,
  villages: readonly string[] = VILLAGES,
): Promise<void> {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const end = Date.parse('2026-11-20T00:00:00Z');
  const span = 5 * 365 * 86400000;
  const batch: StoredRecord[] = [];
  for (let i = 0; i < count; i++) {
    const when = end - Math.floor(random() * span);
    const total = 5 + Math.floor(random() * 40);
    const fields: TrainingSessionFields = {
      villageId: pick(villages),
      date: new Date(when).toISOString().slice(0, 10),
      place: `${pick(PLACES)} ${i % 97}`,
      durationMinutes: pick([30, 60, 90, 120]),
      topics: [...new Set([pick(TOPICS), pick(TOPICS)])],
      trainers: [pick(TRAINERS)],
      targetGroup: 'residents',
      language: pick(['vi', 'hmn', 'dao']),
      attendees: {
        total,
        women: Math.floor(total / 2),
        ethnicMinority: Math.floor(total * 0.8),
        ageBands: {},
      },
      outcomes: { 'vneid-activated': Math.floor(random() * 5) },
      notes: pick(NOTES),
    };
    const hlc = encodeHlc({ millis: when, counter: 0, node: 'bench' });
    const { record } = applyMutation(undefined, {
      id: newId(),
      communeId,
      actor,
      hlc,
      patch: { ...fields, deleted: false },
      schemaVersion: SCHEMA_VERSION,
    });
    batch.push(indexFields('trainingSessions', record));
    if (batch.length === 2000 || i === count - 1) {
      await db.trainingSessions.bulkPut(batch.splice(0));
    }
  }
}

/** The rest of a commune's phone besides its sessions: every village's counts, some checklist progress
 * (the first village meets every criterion, the others fewer) and its Người bản số, as the app stores them. */
export async function seedCommuneRecords(
  db: BanSoDatabase,
  communeId: string,
  actor: string,
  criteria: readonly string[],
  villages: readonly string[] = VILLAGES,
): Promise<number> {
  const random = rng(7);
  const hlc = encodeHlc({ millis: Date.parse('2026-11-01T00:00:00Z'), counter: 0, node: 'bench' });
  const make = (id: string, patch: Record<string, unknown>) =>
    applyMutation(undefined, { id, communeId, actor, hlc, patch: { ...patch, deleted: false } }).record;
  const counts: StoredRecord[] = [];
  const progress: StoredRecord[] = [];
  const helpers: StoredRecord[] = [];
  villages.forEach((villageId, v) => {
    const households = 60 + Math.floor(random() * 120);
    const adults = households * 3;
    const values: Record<string, number> = {
      households,
      population: households * 5,
      adults,
      'households-fibre': Math.floor(households * (0.5 + random() / 2)),
      'adults-smartphone': Math.floor(adults * 0.8),
      'adults-vneid': Math.floor(adults * (0.6 + random() * 0.4)),
      'adults-epayment': Math.floor(adults * 0.5),
      'adults-digital-skills': Math.floor(adults * 0.7),
    };
    for (const [code, value] of Object.entries(values))
      counts.push(make(`${villageId}~${code}`, { villageId, code, value, countedOn: '2026-10-01' }));
    criteria.slice(0, Math.max(0, criteria.length - (v % (criteria.length + 1)))).forEach((criterionCode) =>
      progress.push(
        make(`${villageId}~${criterionCode}`, {
          villageId,
          criterionCode,
          criteriaVersion: 'sample-2026.1',
          status: 'met',
          numerator: null,
          denominator: null,
          note: '',
          assessedBy: actor,
          assessedOn: '2026-11-01',
        }),
      ),
    );
    for (let h = 0; h < 5; h++)
      helpers.push(
        indexFields(
          'banSoHelpers',
          make(`${villageId}-helper-${h}`, {
            villageId,
            name: `Người bản số ${h}`,
            phone: '',
            notes: '',
            active: true,
          }),
        ),
      );
  });
  await db.villageCounts.bulkPut(counts);
  await db.checklistProgress.bulkPut(progress);
  await db.banSoHelpers.bulkPut(helpers);
  return counts.length + progress.length + helpers.length;
}
