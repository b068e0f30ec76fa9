// "Is it safe": how many changes wait to be sent, how many the server refused (with a way to see why),
// when the last sync succeeded, and the same one-line verdict as the sync screen (sync-headline): demo
// data is never sent and is never called "waiting"; a revoked phone is told to enrol again.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStore } from 'zustand';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useOnline } from '@/lib/use-online';
import { usePhotosWaiting } from '@/storage/use-photos-waiting';
import { useSession } from '@/storage/use-session';
import { syncHeadline } from '@/sync/sync-headline';
import { syncStatus } from '@/sync/sync-status';
import { readSyncSafety, sinceKind } from './sync-safety';

function pad(n: number) {
  return String(n).padStart(2, '0');
}

export function SafetyCard() {
  const { t, i18n } = useTranslation(['home', 'sync']);
  const { db, mode, enrolment } = useSession();
  const safety = useLiveQuery(() => readSyncSafety(db), [db]);
  const running = useStore(syncStatus, (s) => s.running);
  const online = useOnline();
  const photosWaiting = usePhotosWaiting();
  const [now] = useState(() => Date.now()); // home only shows failures that need the user: no clock needed
  const lang = i18n.language;
  if (!safety) return null;

  let lastSync = t('safety.neverSynced');
  if (safety.lastSyncAt !== null) {
    const at = new Date(safety.lastSyncAt);
    const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
    const kind = sinceKind(safety.lastSyncAt, new Date());
    lastSync = kind === 'earlier' ? formatDateTime(safety.lastSyncAt, lang) : t(`safety.${kind}At`, { time });
  }
  const headline = syncHeadline({
    mode,
    enrolled: enrolment !== null,
    online,
    running,
    pending: safety.pending,
    lastError: safety.lastError,
    failingSince: safety.failingSince,
    now,
  });
  const n = formatNumber(safety.pending, lang);

  return (
    <section className="card home-safety" aria-labelledby="home-safety-title">
      <h2 id="home-safety-title">{t('safety.title')}</h2>
      {mode === 'demo' ? (
        <>
          {safety.pending > 0 && <p>{t('safety.demoKept', { count: safety.pending, n })}</p>}
          <p className="field__hint">{t('safety.demoNeverSent')}</p>
        </>
      ) : (
        <>
          <p className={safety.pending > 0 ? 'home-safety__waiting' : 'home-safety__ok'}>
            {safety.pending > 0
              ? t('safety.pending', { count: safety.pending, n })
              : t('safety.nothingWaiting')}
          </p>
          {photosWaiting > 0 && (
            <p className="home-safety__waiting photos-waiting">
              {t('photos.waiting', { ns: 'common', count: photosWaiting })}
            </p>
          )}
          {headline.kind === 'needsUser' && (
            <p className="field__error" role="alert">
              {t('sync:headline.needsUser', { reason: t(`sync:reasons.${headline.failure}`) })}
            </p>
          )}
          {headline.kind === 'offline' && safety.pending > 0 && (
            <p className="field__hint">{t('safety.offline')}</p>
          )}
          <p>{t('safety.lastSync', { when: lastSync })}</p>
        </>
      )}
      {safety.rejected > 0 && (
        <p className="home-safety__rejected">
          <Link to="/sync">
            {t('safety.rejected', { count: safety.rejected, n: formatNumber(safety.rejected, lang) })}
          </Link>
        </p>
      )}
      {headline.kind === 'needsUser' && headline.failure === 'revoked' ? (
        <Link to="/enrol" className="button button--primary">
          {t('sync:enrolAgain')}
        </Link>
      ) : (
        <Link to="/sync" className="button">
          {t('safety.openSync')}
        </Link>
      )}
    </section>
  );
}
