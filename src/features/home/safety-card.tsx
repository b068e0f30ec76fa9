// "Is it safe": how many changes wait to be sent, how many the server refused (with a way to see why),
// and when the last sync succeeded — in plain words. Demo data is never sent, and the card says so.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '@/lib/format';
import { usePhotosWaiting } from '@/storage/use-photos-waiting';
import { useSession } from '@/storage/use-session';
import { readSyncSafety, sinceKind } from './sync-safety';

function pad(n: number) {
  return String(n).padStart(2, '0');
}

export function SafetyCard() {
  const { t, i18n } = useTranslation('home');
  const { db, mode } = useSession();
  const safety = useLiveQuery(() => readSyncSafety(db), [db]);
  const photosWaiting = usePhotosWaiting();
  const lang = i18n.language;
  if (!safety) return null;

  let lastSync = t('safety.neverSynced');
  if (safety.lastSyncAt !== null) {
    const at = new Date(safety.lastSyncAt);
    const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
    const kind = sinceKind(safety.lastSyncAt, new Date());
    lastSync = kind === 'earlier' ? formatDateTime(safety.lastSyncAt, lang) : t(`safety.${kind}At`, { time });
  }

  return (
    <section className="card home-safety" aria-labelledby="home-safety-title">
      <h2 id="home-safety-title">{t('safety.title')}</h2>
      <p className={safety.pending > 0 ? 'home-safety__waiting' : 'home-safety__ok'}>
        {safety.pending > 0
          ? t('safety.pending', { count: safety.pending, n: formatNumber(safety.pending, lang) })
          : t('safety.nothingWaiting')}
      </p>
      {photosWaiting > 0 && (
        <p className="home-safety__waiting photos-waiting">
          {t('photos.waiting', { ns: 'common', count: photosWaiting })}
        </p>
      )}
      {safety.rejected > 0 && (
        <p className="home-safety__rejected">
          <Link to="/sync">
            {t('safety.rejected', { count: safety.rejected, n: formatNumber(safety.rejected, lang) })}
          </Link>
        </p>
      )}
      {mode === 'demo' ? (
        <p className="field__hint">{t('safety.demoNeverSent')}</p>
      ) : (
        <p>{t('safety.lastSync', { when: lastSync })}</p>
      )}
      <Link to="/sync" className="button">
        {t('safety.openSync')}
      </Link>
    </section>
  );
}
