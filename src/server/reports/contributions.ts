// Contributions for emulation and awards: tallies per team member, Người bản số, village or commune for a
// period (sessions led, people trained, women, ethnic minority, help given, criteria moved to "đạt").
// Tallies only — no invented score. A trainer entry names a team member by id (or by exact name within
// the commune); anything else is an outside trainer, listed under the name typed.
import type { Period } from '@/domain/periods';
import type { ContributionRow } from '@/protocol/admin-messages';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { periodFlows, type FlowRow } from './period-totals';
import type { ReportScope } from './report-scope';

export type ContributorKind = 'member' | 'helper' | 'village' | 'commune';

const blank = (
  id: string,
  name: string,
  communeName: string | null,
  villageName: string | null,
  external = false,
): ContributionRow => ({
  id,
  name,
  external,
  communeName,
  villageName,
  sessionsLed: 0,
  peopleTrained: 0,
  women: 0,
  ethnicMinority: 0,
  helpActivities: 0,
  peopleHelped: 0,
  householdsHelped: 0,
  criteriaMet: 0,
});

function credit(row: ContributionRow, f: FlowRow): void {
  if (f.facet === 'session' || f.facet === 'trainer') {
    row.sessionsLed += f.records;
    row.peopleTrained += f.people;
    row.women += f.women;
    row.ethnicMinority += f.ethnicMinority;
  } else if (f.facet === 'help' || f.facet === 'helper') {
    row.helpActivities += f.records;
    row.peopleHelped += f.people;
    row.householdsHelped += f.households;
  } else if (f.facet === 'criterionMet' || f.facet === 'assessor') row.criteriaMet += f.records;
}

interface Person {
  id: string;
  commune_id: string;
  village_id: string | null;
  name: string;
}

async function people(db: Queryable, table: 'teamMembers' | 'banSoHelpers', communeId: string | null) {
  return db.query<Person>(
    `SELECT id, commune_id, village_id, coalesce(data->>'name', '') AS name FROM records
      WHERE tbl = $1 AND NOT deleted AND ($2::text IS NULL OR commune_id = $2) ORDER BY commune_id, id`,
    [table, communeId],
  );
}

export async function contributions(
  db: Queryable,
  scope: ReportScope,
  period: Period,
  by: ContributorKind,
): Promise<ContributionRow[]> {
  const units = await currentCatalog(db, 'adminUnits');
  const communeName = new Map((units?.data.communes ?? []).map((c) => [c.id, c.name]));
  const villages = (units?.data.villages ?? []).filter(
    (v) => scope.communeId === null || v.communeId === scope.communeId,
  );
  const villageName = new Map(villages.map((v) => [v.id, v.name]));
  const rows = new Map<string, ContributionRow>();
  const communeId = scope.communeId;

  if (by === 'village' || by === 'commune') {
    const flows = await periodFlows(db, {
      period,
      communeId,
      facets: ['session', 'help', 'criterionMet'],
      by,
    });
    const list =
      by === 'village'
        ? villages.map((v) => blank(v.id, v.name, communeName.get(v.communeId) ?? null, v.name))
        : [...communeName]
            .filter(([id]) => communeId === null || id === communeId)
            .map(([id, name]) => blank(id, name, name, null));
    for (const r of list) rows.set(r.id, r);
    for (const f of flows) {
      const row = rows.get(by === 'village' ? f.villageId : f.communeId);
      if (row) credit(row, f);
    }
    return [...rows.values()];
  }

  const facets = by === 'member' ? (['trainer', 'assessor'] as const) : (['helper'] as const);
  const [flows, persons] = await Promise.all([
    periodFlows(db, {
      period,
      communeId,
      facets: [],
      keyed: facets.map((facet) => ({ facet, keys: null })),
      by: 'commune',
    }),
    people(db, by === 'member' ? 'teamMembers' : 'banSoHelpers', communeId),
  ]);
  const byKey = new Map<string, ContributionRow>();
  for (const p of persons) {
    const row = blank(
      p.id,
      p.name,
      communeName.get(p.commune_id) ?? null,
      p.village_id ? (villageName.get(p.village_id) ?? null) : null,
    );
    rows.set(`${p.commune_id}|${p.id}`, row);
    byKey.set(`${p.commune_id}|${p.id}`, row);
    if (by === 'member') byKey.set(`${p.commune_id}|name:${p.name.trim().toLocaleLowerCase('vi')}`, row);
  }
  for (const f of flows) {
    const own =
      byKey.get(`${f.communeId}|${f.key}`) ??
      byKey.get(`${f.communeId}|name:${f.key.trim().toLocaleLowerCase('vi')}`);
    let row = own;
    if (!row) {
      const key = `${f.communeId}|external:${f.key}`;
      // An outside trainer is listed under the name typed; a Người bản số record since removed, unnamed.
      row =
        rows.get(key) ??
        blank(
          f.key,
          by === 'member' ? f.key : '',
          communeName.get(f.communeId) ?? null,
          null,
          by === 'member',
        );
      rows.set(key, row);
    }
    credit(row, f);
  }
  return [...rows.values()];
}
