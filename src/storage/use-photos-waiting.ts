// "N ảnh chờ gửi": how many photos this phone holds that the province does not yet (live).
import { useLiveQuery } from 'dexie-react-hooks';
import { photosWaiting } from './photos';
import { useSession } from './use-session';

export function usePhotosWaiting(): number {
  const db = useSession((s) => s.db);
  return useLiveQuery(() => photosWaiting(db), [db]) ?? 0;
}
