// The training form's values and rules, free of React: defaults for a new session, validation with the
// domain schema plus what only the phone knows (today's date, the installed catalogs), and the patch of
// changed fields an edit writes so per-field merge keeps other people's concurrent edits.
import type { TrainingTopics, Village } from '@/domain/catalog';
import {
  outcomesBeyondAttendees,
  perAttendeeOutcomes,
  sessionTrainers,
  trainingSessionFields,
  type TrainingSessionFields,
} from '@/domain/training-session';
import { errorsByField, type IssueLike } from '@/lib/form-errors';

/** The form holds exactly the record's content (trainer member ids always present, aligned with the
 * names); an emptied number input is NaN until fixed. */
export type TrainingFormValues = TrainingSessionFields & { trainerMemberIds: (string | null)[] };

/** What a new session starts from: the last session's choices, kept on this phone only. */
export interface TrainingLastUsed {
  place?: string;
  topics?: string[];
  trainers?: string[];
  trainerMemberIds?: (string | null)[];
  targetGroup?: string;
  language?: string;
}

export interface TrainingRules {
  catalog: TrainingTopics;
  villages: Village[];
  today: string;
}

export const DURATION_CHOICES = [30, 60, 90, 120] as const;
const DEFAULT_DURATION = 60;
const DEFAULT_LANGUAGE = 'vi';

const zeros = (entries: { code: string }[]) => Object.fromEntries(entries.map((e) => [e.code, 0]));

export function newSessionValues(opts: {
  today: string;
  villageId: string;
  catalog: TrainingTopics;
  lastUsed?: TrainingLastUsed | undefined;
  memberName?: string | undefined;
  memberId?: string | null | undefined;
}): TrainingFormValues {
  const { catalog, lastUsed = {} } = opts;
  const codes = (list: { code: string }[]) => new Set(list.map((e) => e.code));
  const has = (list: { code: string }[], code: string | undefined) =>
    code !== undefined && codes(list).has(code) ? code : undefined;
  const last = sessionTrainers({
    trainers: lastUsed.trainers ?? [],
    trainerMemberIds: lastUsed.trainerMemberIds,
  }).filter((r) => r.name.trim());
  return {
    villageId: opts.villageId,
    date: opts.today,
    place: lastUsed.place ?? '',
    durationMinutes: DEFAULT_DURATION,
    // Topics are never ticked silently (a session was once saved with 3 topics for 1 taught): the form
    // offers the last ones as one visible tap instead (carriedOver().topics).
    topics: [],
    trainers: last.length > 0 ? last.map((r) => r.name) : [opts.memberName ?? ''],
    trainerMemberIds:
      last.length > 0 ? last.map((r) => r.memberId) : [opts.memberName ? (opts.memberId ?? null) : null],
    targetGroup: has(catalog.targetGroups, lastUsed.targetGroup) ?? catalog.targetGroups[0]?.code ?? '',
    language:
      has(catalog.languages, lastUsed.language) ??
      has(catalog.languages, DEFAULT_LANGUAGE) ??
      catalog.languages[0]?.code ??
      '',
    attendees: { total: 0, women: 0, ethnicMinority: 0, ageBands: zeros(catalog.ageBands) },
    outcomes: zeros(catalog.outcomes),
    notes: '',
    photos: [],
  };
}

/** The fields a new session took from the last one, which the form names in a notice. */
export type CarriedField = 'place' | 'trainers' | 'targetGroup' | 'language';

export interface CarriedOver {
  fields: CarriedField[];
  /** The last session's topics still in the catalog: offered, not ticked. */
  topics: string[];
}

export function carriedOver(lastUsed: TrainingLastUsed | undefined, catalog: TrainingTopics): CarriedOver {
  if (!lastUsed) return { fields: [], topics: [] };
  const has = (list: { code: string }[], code: string | undefined) => list.some((e) => e.code === code);
  const fields: CarriedField[] = [];
  if (lastUsed.place?.trim()) fields.push('place');
  if (lastUsed.trainers?.some((n) => n.trim())) fields.push('trainers');
  if (has(catalog.targetGroups, lastUsed.targetGroup)) fields.push('targetGroup');
  if (has(catalog.languages, lastUsed.language)) fields.push('language');
  const topics = (lastUsed.topics ?? []).filter((c) => has(catalog.topics, c));
  return { fields, topics };
}

/** A stored session as form values, with a stepper for every band and outcome of the current catalog. */
export function sessionToValues(record: TrainingSessionFields, catalog: TrainingTopics): TrainingFormValues {
  return {
    villageId: record.villageId,
    date: record.date,
    place: record.place,
    durationMinutes: record.durationMinutes,
    topics: [...record.topics],
    trainers: record.trainers.length > 0 ? [...record.trainers] : [''],
    trainerMemberIds: record.trainers.length > 0 ? sessionTrainers(record).map((r) => r.memberId) : [null],
    targetGroup: record.targetGroup,
    language: record.language,
    attendees: {
      ...record.attendees,
      ageBands: { ...zeros(catalog.ageBands), ...record.attendees.ageBands },
    },
    outcomes: { ...zeros(catalog.outcomes), ...record.outcomes },
    notes: record.notes,
    photos: [...(record.photos ?? [])],
  };
}

export type ValidationResult =
  { ok: true; fields: TrainingSessionFields } | { ok: false; errors: Record<string, string> };

/** The same zod schema the server checks, then: no future date, every code in the catalog. */
export function validateTraining(values: TrainingFormValues, rules: TrainingRules): ValidationResult {
  // Blank trainer rows are left-over inputs, not names; errors map back to the row the user sees.
  const rows = values.trainers
    .map((name, row) => ({ name, row, memberId: values.trainerMemberIds?.[row] ?? null }))
    .filter((r) => r.name.trim() !== '');
  const parsed = trainingSessionFields.safeParse({
    ...values,
    trainers: rows.map((r) => r.name),
    trainerMemberIds: rows.map((r) => r.memberId),
  });
  const issues: IssueLike[] = parsed.success
    ? []
    : parsed.error.issues.map((i) =>
        i.path[0] === 'trainers' && typeof i.path[1] === 'number'
          ? { ...i, path: ['trainers', rows[i.path[1]]?.row ?? i.path[1]] }
          : i,
      );
  const { catalog } = rules;
  const known = (list: { code: string }[]) => new Set(list.map((e) => e.code));
  const unknown = (path: PropertyKey[]) => issues.push({ path, message: 'errors.unknownCode' });
  if (values.date > rules.today) issues.push({ path: ['date'], message: 'errors.futureDate' });
  if (!rules.villages.some((v) => v.id === values.villageId)) unknown(['villageId']);
  if (values.topics.some((c) => !known(catalog.topics).has(c))) unknown(['topics']);
  if (values.targetGroup && !known(catalog.targetGroups).has(values.targetGroup)) unknown(['targetGroup']);
  if (values.language && !known(catalog.languages).has(values.language)) unknown(['language']);
  const bands = known(catalog.ageBands);
  if (Object.entries(values.attendees.ageBands).some(([c, n]) => !bands.has(c) && n !== 0))
    unknown(['attendees', 'ageBands']);
  const outcomes = known(catalog.outcomes);
  if (Object.entries(values.outcomes).some(([c, n]) => !outcomes.has(c) && n !== 0)) unknown(['outcomes']);
  // Per-person outcomes stay within attendees: the same rule the server applies to every push.
  for (const code of outcomesBeyondAttendees(values, perAttendeeOutcomes(catalog.outcomes)))
    issues.push({ path: ['outcomes', code], message: 'errors.outcomeExceedsAttendees' });
  if (issues.length > 0 || !parsed.success) return { ok: false, errors: errorsByField(issues) };
  return { ok: true, fields: parsed.data };
}

/** Stable comparison: key order inside nested objects (age bands, outcomes) does not count as a change. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const nonZero = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));

/** A zero stepper the form adds for a catalog code equals an absent count: not a change on its own. */
function comparable(fields: TrainingSessionFields, key: keyof TrainingSessionFields): unknown {
  if (key === 'outcomes') return nonZero(fields.outcomes);
  if (key === 'attendees') return { ...fields.attendees, ageBands: nonZero(fields.attendees.ageBands) };
  // A record from before member ids equals one whose trainers are all from outside the team.
  if (key === 'trainerMemberIds') return sessionTrainers(fields).map((r) => r.memberId);
  if (key === 'photos') return fields.photos ?? []; // records from before photos have none
  return fields[key];
}

/** Only the fields that differ from the stored session: the patch an edit writes. */
export function changedFields(
  before: TrainingSessionFields,
  after: TrainingSessionFields,
): Partial<TrainingSessionFields> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(trainingSessionFields.shape) as (keyof TrainingSessionFields)[]) {
    if (!same(comparable(before, key), comparable(after, key))) patch[key] = after[key];
  }
  // Names and member ids line up row by row: written together, they win or lose a merge together.
  if ('trainers' in patch || 'trainerMemberIds' in patch) {
    patch.trainers = after.trainers;
    patch.trainerMemberIds = after.trainerMemberIds ?? after.trainers.map(() => null);
  }
  return patch as Partial<TrainingSessionFields>;
}

/** The choices a next session starts from. */
export function lastUsedOf(fields: TrainingSessionFields): TrainingLastUsed {
  const { place, topics, trainers, trainerMemberIds, targetGroup, language } = fields;
  return { place, topics, trainers, trainerMemberIds, targetGroup, language };
}
