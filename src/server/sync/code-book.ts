// The catalog codes a pushed record may use: the union over every published version (a phone may still
// hold an older list), except criteria, which are checked against the version the progress row names.
// Villages must belong to the device's commune. The catalog also carries one arithmetic rule the phone's
// form applies: outcomes counted per person trained never exceed the attendees (checked here too).
import type { CatalogOf, Criteria } from '@/domain/catalog';
import type { RecordTable } from '@/domain/record-tables';
import {
  outcomesBeyondAttendees,
  perAttendeeOutcomes,
  type TrainingSessionFields,
} from '@/domain/training-session';
import type { Queryable } from '@/server/db/database';
import { loadCatalog, type CatalogVersionRow } from '@/server/catalogs/catalog-store';

export interface CodeBook {
  villageCommune: Map<string, string> | null;
  topics: Set<string> | null;
  targetGroups: Set<string> | null;
  languages: Set<string> | null;
  ageBands: Set<string> | null;
  outcomes: Set<string> | null;
  /** Outcomes counted once per person trained in ANY published version: what such an outcome counts
   * (accounts activated, one per person) does not change between versions, so the strictest reading holds. */
  perAttendeeOutcomes: Set<string>;
  helpKinds: Set<string> | null;
  criteriaByVersion: Map<string, Set<string>>;
  /** Every published criteria version (its rule checks recognition proposals). */
  criteriaCatalogs: Map<string, Criteria>;
  counts: Set<string> | null;
}

export async function loadCodeBook(db: Queryable, versions: CatalogVersionRow[]): Promise<CodeBook> {
  const book: CodeBook = {
    villageCommune: null,
    topics: null,
    targetGroups: null,
    languages: null,
    ageBands: null,
    outcomes: null,
    perAttendeeOutcomes: new Set(),
    helpKinds: null,
    criteriaByVersion: new Map(),
    criteriaCatalogs: new Map(),
    counts: null,
  };
  const add = (set: Set<string> | null, codes: { code: string }[]) => {
    const out = set ?? new Set<string>();
    for (const c of codes) out.add(c.code);
    return out;
  };
  for (const v of versions) {
    const catalog = await loadCatalog(db, v);
    if (catalog.kind === 'adminUnits') {
      book.villageCommune ??= new Map();
      for (const village of (catalog as CatalogOf<'adminUnits'>).data.villages)
        book.villageCommune.set(village.id, village.communeId);
    } else if (catalog.kind === 'trainingTopics') {
      const d = (catalog as CatalogOf<'trainingTopics'>).data;
      book.topics = add(book.topics, d.topics);
      book.targetGroups = add(book.targetGroups, d.targetGroups);
      book.languages = add(book.languages, d.languages);
      book.ageBands = add(book.ageBands, d.ageBands);
      book.outcomes = add(book.outcomes, d.outcomes);
      for (const code of perAttendeeOutcomes(d.outcomes)) book.perAttendeeOutcomes.add(code);
    } else if (catalog.kind === 'helpKinds') {
      book.helpKinds = add(book.helpKinds, (catalog as CatalogOf<'helpKinds'>).data.kinds);
    } else if (catalog.kind === 'criteria') {
      const d = (catalog as CatalogOf<'criteria'>).data;
      book.criteriaByVersion.set(catalog.version, new Set(d.criteria.map((c) => c.code)));
      book.criteriaCatalogs.set(catalog.version, d);
      book.counts = add(book.counts, d.counts);
    }
  }
  return book;
}

export interface CodeProblem {
  reason: 'errors.unknownCode' | 'errors.outOfScope' | 'errors.outcomeExceedsAttendees';
  detail: string;
}

const missing = (set: Set<string> | null, codes: string[], field: string): CodeProblem | null => {
  if (!set) return null;
  const unknown = codes.find((c) => !set.has(c));
  return unknown === undefined ? null : { reason: 'errors.unknownCode', detail: `${field}: ${unknown}` };
};

/** The same rule as the phone's training form (from src/domain), on the merged record: an old or
 * hostile client cannot store more VNeID activations than people trained. */
function beyondAttendees(book: CodeBook, session: TrainingSessionFields): CodeProblem | null {
  const [code] = outcomesBeyondAttendees(session, book.perAttendeeOutcomes);
  if (code === undefined) return null;
  return {
    reason: 'errors.outcomeExceedsAttendees',
    detail: `outcomes.${code}: ${session.outcomes[code]} > attendees.total ${session.attendees.total}`,
  };
}

/** Checks a merged, schema-valid record's catalog codes and village against the code book. */
export function checkCodes(
  book: CodeBook,
  table: RecordTable,
  record: Record<string, unknown>,
  communeId: string,
): CodeProblem | null {
  const villageId = record.villageId;
  if (typeof villageId === 'string' && book.villageCommune) {
    const owner = book.villageCommune.get(villageId);
    if (owner === undefined) return { reason: 'errors.unknownCode', detail: `villageId: ${villageId}` };
    if (owner !== communeId) return { reason: 'errors.outOfScope', detail: `villageId: ${villageId}` };
  }
  const keys = (v: unknown) => Object.keys((v ?? {}) as object);
  switch (table) {
    case 'trainingSessions':
      return (
        missing(book.topics, record.topics as string[], 'topics') ??
        missing(book.targetGroups, [record.targetGroup as string], 'targetGroup') ??
        missing(book.languages, [record.language as string], 'language') ??
        missing(
          book.ageBands,
          keys((record.attendees as { ageBands?: unknown }).ageBands),
          'attendees.ageBands',
        ) ??
        missing(book.outcomes, keys(record.outcomes), 'outcomes') ??
        beyondAttendees(book, record as unknown as TrainingSessionFields)
      );
    case 'helpActivities':
      return missing(book.helpKinds, [record.kind as string], 'kind');
    case 'checklistProgress': {
      if (book.criteriaByVersion.size === 0) return null;
      const version = record.criteriaVersion as string;
      const codes = book.criteriaByVersion.get(version);
      if (!codes) return { reason: 'errors.unknownCode', detail: `criteriaVersion: ${version}` };
      return missing(codes, [record.criterionCode as string], 'criterionCode');
    }
    case 'villageCounts':
      return missing(book.counts, [record.code as string], 'code');
    case 'recognitions': {
      if (book.criteriaByVersion.size === 0) return null;
      const version = record.criteriaVersion as string;
      const codes = book.criteriaByVersion.get(version);
      if (!codes) return { reason: 'errors.unknownCode', detail: `criteriaVersion: ${version}` };
      return missing(
        codes,
        (record.criteria as { code: string }[]).map((c) => c.code),
        'criteria',
      );
    }
    default:
      return null;
  }
}
