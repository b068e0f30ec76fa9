// Loads what the training form starts from: the stored session for an edit, or today's defaults with
// the last used choices and the current member as trainer for a new one; plus the team trainers are chosen from.
import { useEffect, useState } from 'react';
import type { TrainingTopics } from '@/domain/catalog';
import { isoDate } from '@/domain/dates';
import { trainingSessionFields, type TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { useSession } from '@/storage/use-session';
import {
  carriedOver,
  newSessionValues,
  sessionToValues,
  type CarriedOver,
  type TrainingFormValues,
} from './training-form-model';
import { loadLastUsed } from './training-last-used';
import { getTrainingSession, type TrainingSessionRecord } from './training-queries';
import type { TrainerMember } from './trainers-field';

export type FormSetup =
  | { status: 'loading' | 'missing' }
  | {
      status: 'ready';
      initial: TrainingFormValues;
      /** The stored content, for an edit: the patch is computed against it. */
      original?: TrainingSessionFields;
      /** The commune's active team members a trainer is chosen from. */
      trainerMembers: TrainerMember[];
      /** For a new session: what was taken from the last one (named on screen) and its topics (offered). */
      carried?: CarriedOver;
    };

const nameOf = (row: StoredRecord | undefined) => (typeof row?.name === 'string' ? row.name : undefined);

export function contentOf(record: TrainingSessionRecord): TrainingSessionFields {
  const keys = Object.keys(trainingSessionFields.shape) as (keyof TrainingSessionFields)[];
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as unknown as TrainingSessionFields;
}

export async function loadFormSetup(
  db: BanSoDatabase,
  opts: { id?: string | undefined; memberId: string | null; villageId: string; catalog: TrainingTopics },
): Promise<FormSetup> {
  const memberName = nameOf(opts.memberId ? await db.teamMembers.get(opts.memberId) : undefined);
  // The phone holds its own commune's team only: every active member may have led the session.
  const team = await db.teamMembers.toArray();
  const trainerMembers = team
    .filter((m) => !m.deleted && m.active !== false && nameOf(m))
    .map((m) => ({ id: m.id, name: nameOf(m)! }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  if (opts.id) {
    const record = await getTrainingSession(db, opts.id);
    if (!record) return { status: 'missing' };
    const original = contentOf(record);
    return {
      status: 'ready',
      initial: sessionToValues(original, opts.catalog),
      original,
      trainerMembers,
    };
  }
  const lastUsed = await loadLastUsed(db);
  const initial = newSessionValues({
    today: isoDate(new Date()),
    villageId: opts.villageId,
    catalog: opts.catalog,
    lastUsed,
    memberName,
    memberId: opts.memberId,
  });
  return { status: 'ready', initial, trainerMembers, carried: carriedOver(lastUsed, opts.catalog) };
}

export function useFormSetup(id: string | undefined, catalog: TrainingTopics): FormSetup {
  const { db, memberId, villageId } = useSession();
  const [setup, setSetup] = useState<FormSetup>({ status: 'loading' });
  useEffect(() => {
    if (!villageId) return;
    let cancelled = false;
    void loadFormSetup(db, { id, memberId, villageId, catalog }).then((s) => {
      if (!cancelled) setSetup(s);
    });
    return () => {
      cancelled = true;
    };
  }, [db, id, memberId, villageId, catalog]);
  return setup;
}
