// Reading the attendance tallies (attendance-tallies.ts) for a range of days, apart from the middleware
// that keeps them: the middleware opens with the database on the first screen, this only with the commune view.
import { rangePeriod, splitMonths } from '@/domain/periods';
import { tallyParts } from './attendance-tallies';
import type { BanSoDatabase } from './database';

/** Attendances on `topic` per village over the days [from, to]: whole months from the tallies (one getAll),
 * the days of a partial month at either end from the `topicDays` index keys. */
export async function readAttendance(
  db: BanSoDatabase,
  topic: string,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const add = (villageId: string, people: number) => out.set(villageId, (out.get(villageId) ?? 0) + people);
  if (from > to) return out;
  const { months, edgeDays } = splitMonths(rangePeriod(from, to));
  const reads: Promise<void>[] = edgeDays.map(async ({ from: a, to: b }) => {
    const keys = await db.trainingSessions
      .where('topicDays')
      .between(`${topic}|${a}`, `${topic}|${b}|\uffff`, true, true)
      .keys();
    for (const key of keys) {
      const [, , villageId = '', people = '0'] = String(key).split('|');
      add(villageId, Number(people));
    }
  });
  // The whole months are contiguous: one key range over the topic's tallies.
  if (months.length > 0)
    reads.push(
      db.attendanceTallies
        .where(':id')
        .between(`${topic}|${months[0]}|`, `${topic}|${months[months.length - 1]}|\uffff`, true, true)
        .toArray()
        .then((rows) => rows.forEach((r) => add(tallyParts(r.key).villageId, r.people))),
    );
  await Promise.all(reads);
  return out;
}
