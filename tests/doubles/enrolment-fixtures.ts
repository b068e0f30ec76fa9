// A phone enrolled in the sample commune Bát Xát, for the backup and restore tests: its enrolment, and the
// session store of the app running on it.
import type { BanSoDatabase } from '@/storage/database';
import { sessionStore, type Enrolment } from '@/storage/session-store';

export const SAMPLE_COMMUNE = 'sample-bat-xat';

export const sampleEnrolment = (deviceId: string): Enrolment => ({
  deviceId,
  token: 't',
  communeId: SAMPLE_COMMUNE,
  communeName: 'Bát Xát',
  scope: 'commune',
  serverUrl: 'http://localhost',
  enrolledAt: 1,
});

/** The app's session on a real (not demo) phone of the sample commune, whose database is `db`. */
export function enrolSamplePhone(db: BanSoDatabase, deviceId: string): void {
  sessionStore.setState({
    mode: 'real',
    db,
    enrolment: sampleEnrolment(deviceId),
    communeId: SAMPLE_COMMUNE,
    memberId: 'sample-member-1',
    villageId: null,
  });
}
