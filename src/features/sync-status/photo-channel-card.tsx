// The photo channel on the sync screen: how many photos wait, and "send photos only on Wi‑Fi" (records
// always go at once; the setting holds back photos only).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readWifiOnly, writeWifiOnly } from '@/sync/photo-upload';
import { usePhotosWaiting } from '@/storage/use-photos-waiting';
import { useSession } from '@/storage/use-session';

export function PhotoChannelCard() {
  const { t } = useTranslation('common');
  const db = useSession((s) => s.db);
  const waiting = usePhotosWaiting();
  const wifiOnly = useLiveQuery(() => readWifiOnly(db), [db]) ?? false;
  return (
    <div className="card photo-settings">
      {waiting > 0 && <p className="photos-waiting">{t('photos.waiting', { count: waiting })}</p>}
      <label className="check">
        <input
          type="checkbox"
          checked={wifiOnly}
          onChange={(e) => void writeWifiOnly(db, e.target.checked)}
        />
        {t('photos.wifiOnly')}
      </label>
      <p className="field__hint">{t('photos.wifiOnlyHint')}</p>
    </div>
  );
}
