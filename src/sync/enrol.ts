// Enrolling this phone (issue 3, item 3): trade a one-time code for a device token while online, leave
// demo mode, remember the enrolment, and let the caller start the first sync. A phone moved to another
// commune starts clean: the old commune's synced rows go (DESIGN invariant 8) — refused while changes or
// photos of the old commune are unsent, since the new commune's device could never send them.
import { enrolResponseSchema } from '@/protocol/sync-messages';
import { PROTOCOL_VERSION } from '@/protocol/version';
import { META } from '@/storage/meta';
import { sessionStore, setEnrolment, switchMode, type Enrolment } from '@/storage/session-store';
import { resetLocal, finishReset } from './pull-apply';
import { REVOKED_KEY } from './sync-history';
import { postEnrol, type FetchLike } from './sync-transport';

export interface EnrolInput {
  serverUrl: string;
  code: string;
  deviceName?: string;
  fetch?: FetchLike;
  now?: () => number;
}

/** The code from an enrolment link (`/enrol?code=…`, what the QR encodes), or from what was typed. */
export function codeFromInput(input: string): string {
  const trimmed = input.trim();
  try {
    return new URL(trimmed).searchParams.get('code')?.trim() ?? trimmed;
  } catch {
    return trimmed.replace(/\s+/g, '').toUpperCase();
  }
}

/** Enrolling into another commune while work of the old one is unsent: nothing was changed on the phone. */
export class UnsentWorkError extends Error {
  constructor(
    readonly changes: number,
    readonly photos: number,
  ) {
    super(`${changes} changes and ${photos} photos are not sent yet`);
  }
}

export async function enrolDevice(input: EnrolInput): Promise<Enrolment> {
  const response = enrolResponseSchema.parse(
    await postEnrol(
      { serverUrl: input.serverUrl, fetch: input.fetch },
      { protocol: PROTOCOL_VERSION, code: codeFromInput(input.code), deviceName: input.deviceName ?? '' },
    ),
  );
  if (sessionStore.getState().mode !== 'real') await switchMode('real');
  const { db, enrolment: previous } = sessionStore.getState();
  if (previous && previous.communeId !== response.communeId) {
    const [changes, photos] = await Promise.all([
      db.outbox.count(),
      db.photos.where('state').equals('waiting').count(),
    ]);
    if (changes > 0 || photos > 0) throw new UnsentWorkError(changes, photos);
    await resetLocal(db);
    await finishReset(db);
  }
  const enrolment: Enrolment = {
    deviceId: response.deviceId,
    token: response.token,
    communeId: response.communeId,
    communeName: response.communeName,
    scope: response.scope,
    serverUrl: input.serverUrl,
    enrolledAt: (input.now ?? Date.now)(),
  };
  await setEnrolment(enrolment);
  await db.meta.bulkDelete([REVOKED_KEY, META.lastSyncError]);
  return enrolment;
}
