// Team members' names by id, for "assessed by", "updated by" and "proposed by" lines.
import type { BanSoDatabase } from './database';

/** Names of team members by id; ids with no member map to themselves. */
export async function memberNames(db: BanSoDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await db.teamMembers.bulkGet(unique);
  return new Map(unique.map((id, i) => [id, typeof rows[i]?.name === 'string' ? String(rows[i]?.name) : id]));
}

/** Every team member's name by id (the commune's team: a few hundred rows at most). */
export async function teamNames(db: BanSoDatabase): Promise<Map<string, string>> {
  const rows = await db.teamMembers.toArray();
  return new Map(rows.filter((r) => typeof r.name === 'string').map((r) => [r.id, String(r.name)]));
}
