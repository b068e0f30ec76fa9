// Turns stored Thôn số proposals into what the province reads: commune, village and proposer by name,
// each criterion named from the criteria version the proposal names (never a bare code), the rule of that
// version, and every decision recorded on the proposal (from the audit), in a handful of queries.
import type { CatalogOf } from '@/domain/catalog';
import type { SyncedRecord } from '@/domain/merge';
import { recognitionState, type CriterionSnapshot, type RecognitionFields } from '@/domain/recognition';
import type { RecognitionItem } from '@/protocol/recognition-messages';
import { currentCatalog, listCatalogVersions, loadCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';

type Proposal = SyncedRecord & RecognitionFields;

async function criteriaCatalogs(db: Queryable, versions: Set<string>) {
  const out = new Map<string, CatalogOf<'criteria'>>();
  for (const row of await listCatalogVersions(db))
    if (row.kind === 'criteria' && versions.has(row.version))
      out.set(row.version, (await loadCatalog(db, row)) as CatalogOf<'criteria'>);
  return out;
}

export async function describeRecognitions(
  db: Queryable,
  records: readonly SyncedRecord[],
): Promise<RecognitionItem[]> {
  if (records.length === 0) return [];
  const proposals = records as Proposal[];
  const units = await currentCatalog(db, 'adminUnits');
  const communeName = new Map(units?.data.communes.map((c) => [c.id, c.name]));
  const villageName = new Map(units?.data.villages.map((v) => [v.id, v.name]));
  const catalogs = await criteriaCatalogs(db, new Set(proposals.map((p) => p.criteriaVersion)));
  const members = await db.query<{ id: string; name: string }>(
    `SELECT id, data->>'name' AS name FROM records WHERE tbl = 'teamMembers' AND id = ANY($1::text[])`,
    [[...new Set(proposals.map((p) => p.proposedBy))]],
  );
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const decisions = await db.query<{
    recognition_id: string;
    decision: 'confirmed' | 'returned';
    reason: string;
    actor: string;
    at: number;
  }>(
    `SELECT recognition_id, decision, reason, actor, at::float8 AS at FROM recognition_decisions
      WHERE recognition_id = ANY($1::text[]) ORDER BY id`,
    [proposals.map((p) => p.id)],
  );
  return proposals.map((p) => {
    const catalog = catalogs.get(p.criteriaVersion);
    const required = new Set(catalog?.data.recognition?.required ?? []);
    const nameOf = (code: string) => catalog?.data.criteria.find((c) => c.code === code)?.name.vi ?? code;
    const rule = catalog?.data.recognition;
    return {
      id: p.id,
      communeId: p.communeId,
      communeName: communeName.get(p.communeId) ?? p.communeId,
      villageId: p.villageId,
      villageName: villageName.get(p.villageId) ?? p.villageId,
      state: recognitionState(p),
      criteriaVersion: p.criteriaVersion,
      sample: catalog?.sample ?? false,
      rule: rule ? { minimumMet: rule.minimumMet, source: rule.source ?? null } : null,
      criteria: p.criteria.map((c: CriterionSnapshot) => ({
        ...c,
        name: nameOf(c.code),
        required: required.has(c.code),
      })),
      proposedBy: p.proposedBy,
      proposedByName: memberName.get(p.proposedBy) ?? p.proposedBy,
      proposedOn: p.proposedOn,
      note: p.note,
      decisionReason: p.decisionReason ?? null,
      decidedBy: p.decidedBy ?? null,
      decidedAt: p.decidedAt ?? null,
      history: decisions
        .filter((d) => d.recognition_id === p.id)
        .map((d) => ({ decision: d.decision, reason: d.reason, actor: d.actor, at: Number(d.at) })),
    };
  });
}
