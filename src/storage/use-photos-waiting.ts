// "N ảnh chờ gửi": how many photos this phone holds that the province does not yet (live). On the home
// screen's first route, so it reads the table directly and pulls in none of the photo code (nor zod).
import { useLiveQuery } from 'dexie-react-hooks';
import type { BanSoDatabase } from './database';
import { useSession } from './use-session';

export function photosWaiting(db: BanSoDatabase): Promise<number> {
  return db.photos.where('state').equals('waiting').count();
}

export function usePhotosWaiting(): number {
  const db = useSession((s) => s.db);
  return useLiveQuery(() => photosWaiting(db), [db]) ?? 0;
}
