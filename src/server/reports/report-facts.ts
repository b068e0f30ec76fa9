// What one live record contributes to the report totals: dated "flow" facts (sessions, attendees by
// topic, trainer, age band…, help given, criteria reaching "đạt") and undated village "state" facts
// (village counts, active Người bản số, criteria met). Mirrors the SQL views of migration 004, which
// recompute the same sums from scratch: the property test holds the two to each other.
import type { SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';

export const FLOW_FACETS = [
  'session',
  'topic',
  'trainer',
  'ageBand',
  'targetGroup',
  'language',
  'help',
  'helpKind',
  'helper',
  'criterionMet',
  'assessor',
  'evidence',
] as const;
export type FlowFacet = (typeof FLOW_FACETS)[number];
export type StateFacet = 'count' | 'activeHelper' | 'criterionMet';

export interface FlowFact {
  day: string;
  facet: FlowFacet;
  key: string;
  records: number;
  people: number;
  women: number;
  ethnicMinority: number;
  households: number;
}
export interface StateFact {
  facet: StateFacet;
  key: string;
  records: number;
  amount: number;
}
/** A village count or a criterion's status on the day it was counted or assessed (migration 011). */
export interface HistoryFact {
  facet: 'count' | 'criterionMet';
  key: string;
  on: string;
  records: number;
  amount: number;
}
export interface RecordFacts {
  communeId: string;
  villageId: string;
  flows: FlowFact[];
  states: StateFact[];
  history: HistoryFact[];
}

/** One `evidence` fact when the record names at least one photo (migration 012). */
const evidence = (r: SyncedRecord, day: string, key: 'session' | 'help' | 'criterion'): FlowFact[] =>
  Array.isArray(r.photos) && r.photos.length > 0
    ? [{ day, facet: 'evidence', key, records: 1, people: 0, women: 0, ethnicMinority: 0, households: 0 }]
    : [];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const distinct = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string'))] : [];

function sessionFacts(r: SyncedRecord): FlowFact[] {
  const a = (r.attendees ?? {}) as Record<string, unknown>;
  const day = str(r.date);
  const people = {
    records: 1,
    people: num(a.total),
    women: num(a.women),
    ethnicMinority: num(a.ethnicMinority),
    households: 0,
  };
  const facts: FlowFact[] = [
    { day, facet: 'session', key: '', ...people },
    { day, facet: 'targetGroup', key: str(r.targetGroup), ...people },
    { day, facet: 'language', key: str(r.language), ...people },
  ];
  facts.push(...evidence(r, day, 'session'));
  for (const t of distinct(r.topics)) facts.push({ day, facet: 'topic', key: t, ...people });
  for (const t of distinct(r.trainers)) facts.push({ day, facet: 'trainer', key: t, ...people });
  const bands = a.ageBands && typeof a.ageBands === 'object' ? (a.ageBands as Record<string, unknown>) : {};
  for (const [band, n] of Object.entries(bands))
    facts.push({
      day,
      facet: 'ageBand',
      key: band,
      records: 1,
      people: num(n),
      women: 0,
      ethnicMinority: 0,
      households: 0,
    });
  return facts;
}

function helpFacts(r: SyncedRecord): FlowFact[] {
  const day = str(r.date);
  const v = {
    records: 1,
    people: num(r.peopleHelped),
    women: 0,
    ethnicMinority: 0,
    households: num(r.householdsHelped),
  };
  return [
    { day, facet: 'help', key: '', ...v },
    { day, facet: 'helpKind', key: str(r.kind), ...v },
    { day, facet: 'helper', key: str(r.helperId), ...v },
    ...evidence(r, day, 'help'),
  ];
}

/** The facts of one stored record (none for a tombstone or a table the reports do not read). */
export function recordFacts(table: RecordTable, r: SyncedRecord | undefined): RecordFacts | null {
  if (!r || r.deleted === true) return null;
  const base = {
    communeId: r.communeId,
    villageId: str(r.villageId),
    flows: [] as FlowFact[],
    states: [] as StateFact[],
    history: [] as HistoryFact[],
  };
  switch (table) {
    case 'trainingSessions':
      return { ...base, flows: sessionFacts(r) };
    case 'helpActivities':
      return { ...base, flows: helpFacts(r) };
    case 'checklistProgress': {
      const day = str(r.assessedOn);
      const key = `${str(r.criteriaVersion)}|${str(r.criterionCode)}`;
      const met = r.status === 'met' ? 1 : 0;
      const history: HistoryFact[] = day
        ? [{ facet: 'criterionMet', key, on: day, records: met, amount: 0 }]
        : [];
      if (!met) return { ...base, history };
      const one = { records: 1, people: 0, women: 0, ethnicMinority: 0, households: 0 };
      return {
        ...base,
        flows: [
          { day, facet: 'criterionMet', key: str(r.criterionCode), ...one },
          { day, facet: 'assessor', key: str(r.assessedBy), ...one },
          ...evidence(r, day, 'criterion'),
        ],
        states: [{ facet: 'criterionMet', key, records: 1, amount: 0 }],
        history,
      };
    }
    case 'villageCounts': {
      const count = { facet: 'count', key: str(r.code), records: 1, amount: num(r.value) } as const;
      const on = str(r.countedOn);
      return { ...base, states: [count], history: on ? [{ ...count, on }] : [] };
    }
    case 'banSoHelpers':
      return r.active === true
        ? { ...base, states: [{ facet: 'activeHelper', key: '', records: 1, amount: 0 }] }
        : base;
    default:
      return null;
  }
}
