// Enrolling this phone (issue 3, item 3): trade a one-time code for a device token while online, leave
// demo mode, remember the enrolment, and let the caller start the first sync. A phone moved to another
// commune starts clean: the old commune's synced rows go, the outbox stays (DESIGN invariant 8).
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
