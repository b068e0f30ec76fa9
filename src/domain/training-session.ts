// A Bình dân học vụ số training session: who was trained, on what, where, in which language, and what
// was achieved on the spot. Topic, target-group, language, age-band and outcome codes come from the
// trainingTopics catalog; the schema checks shape and arithmetic, the catalog checks the codes. Trainers
// are names (every record has them, old ones only them); `trainerMemberIds` says, row by row, which
// trainer is a member of the commune's team (null: someone from outside), so contributions can be counted.
import { z } from 'zod';
import { photoListSchema } from './photo';
import { countSchema, idSchema, isoDateSchema, requiredText, noteSchema } from './record-base';

export const attendeesSchema = z
  .object({
    total: countSchema.min(1, 'errors.attendeesAtLeastOne'),
    women: countSchema,
    ethnicMinority: countSchema,
    /** Count per age band code; bands come from the catalog. */
    ageBands: z.record(z.string(), countSchema),
  })
  .superRefine((a, ctx) => {
    if (a.women > a.total) ctx.addIssue({ code: 'custom', path: ['women'], message: 'errors.exceedsTotal' });
    if (a.ethnicMinority > a.total)
      ctx.addIssue({ code: 'custom', path: ['ethnicMinority'], message: 'errors.exceedsTotal' });
    const banded = Object.values(a.ageBands).reduce((s, n) => s + n, 0);
    if (banded > a.total)
      ctx.addIssue({ code: 'custom', path: ['ageBands'], message: 'errors.bandsExceedTotal' });
  });

export const trainingSessionFields = z.object({
  villageId: idSchema,
  date: isoDateSchema,
  place: requiredText(200),
  durationMinutes: z
    .number('errors.number')
    .int('errors.integer')
    .min(5, 'errors.durationRange')
    .max(24 * 60, 'errors.durationRange'),
  topics: z.array(z.string()).min(1, 'errors.pickTopic').max(30),
  trainers: z.array(requiredText(120)).min(1, 'errors.trainerRequired').max(20),
  /** Aligned with `trainers`: the team member id of each trainer, or null. Absent on older records. */
  trainerMemberIds: z.array(idSchema.nullable()).max(20).optional(),
  targetGroup: z.string('errors.required').min(1, 'errors.required'),
  language: z.string('errors.required').min(1, 'errors.required'),
  attendees: attendeesSchema,
  /** On-the-spot results per outcome code, e.g. VNeID accounts activated. */
  outcomes: z.record(z.string(), countSchema),
  notes: noteSchema,
  /** Photo evidence, by SHA-256 (absent on records written before photos). */
  photos: photoListSchema.optional(),
});
export type TrainingSessionFields = z.infer<typeof trainingSessionFields>;

export interface SessionTrainer {
  name: string;
  /** The team member this trainer is, or null (outside the team, or a record from before members). */
  memberId: string | null;
}

/** A session's trainers with their member ids; ids that do not line up with the names are ignored. */
export function sessionTrainers(
  s: Pick<TrainingSessionFields, 'trainers' | 'trainerMemberIds'>,
): SessionTrainer[] {
  const ids = s.trainerMemberIds?.length === s.trainers.length ? s.trainerMemberIds : undefined;
  return s.trainers.map((name, i) => ({ name, memberId: ids?.[i] ?? null }));
}

/** The codes of the outcomes counted once per person trained (an account activated), by the catalog. */
export function perAttendeeOutcomes(outcomes: readonly { code: string; perAttendee?: boolean }[]): string[] {
  return outcomes.filter((o) => o.perAttendee === true).map((o) => o.code);
}

/** "999,999 VNeID accounts activated by 5 people" cannot be true: an outcome counted once per person
 * trained never exceeds the attendees. The phone's form and the server's push check both call this, so
 * a hostile or old client meets the same rule. Returns the outcome codes that break it. */
export function outcomesBeyondAttendees(
  session: Pick<TrainingSessionFields, 'outcomes' | 'attendees'>,
  perAttendee: Iterable<string>,
): string[] {
  return [...perAttendee].filter((code) => (session.outcomes[code] ?? 0) > session.attendees.total);
}
