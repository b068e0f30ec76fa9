// Records and write contexts shared by the sync engine's tests (unit and integration).
import type { WriteContext } from '@/storage/record-writer';

export function trainingContent(villageId: string, place: string, notes = '') {
  return {
    villageId,
    date: '2026-11-20',
    place,
    durationMinutes: 90,
    topics: ['vneid'],
    trainers: ['Lò Văn Minh'],
    targetGroup: 'residents',
    language: 'vi',
    attendees: { total: 20, women: 11, ethnicMinority: 18, ageBands: {} },
    outcomes: {},
    notes,
  };
}

export function writer(communeId: string, actor: string, now: () => number = Date.now): WriteContext {
  return { communeId, actor, now };
}
