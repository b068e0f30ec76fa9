// The sync screen (DESIGN invariant 10): changes waiting, the last successful sync, a "Đồng bộ ngay"
// button with a progress bar while it runs, one headline (shared with home) saying whether all is well,
// why not and what to do, and every refused change with its reason and a way to fix or discard it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useOnline } from '@/lib/use-online';
import { useSession } from '@/storage/use-session';
import { syncNow } from '@/sync/app-sync';
import { syncHeadline } from '@/sync/sync-headline';
import { PhotoChannelCard } from './photo-channel-card';
import { RejectedList } from './rejected-list';
import { SyncHeadlineText } from './sync-headline-text';
import { useMinuteClock, useSyncView } from './use-sync-view';
import './sync-status.css';

export function SyncStatusPage() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const lang = i18n.language;
  const { mode, enrolment } = useSession();
  const { db, status, pending, rejected, lastSyncAt } = useSyncView();
  const online = useOnline();
  const now = useMinuteClock();
  const [note, setNote] = useState<'done' | 'busy' | null>(null);

  async function runNow() {
    setNote(null);
    const outcome = await syncNow();
    if (outcome?.skipped && outcome.failure === null) setNote('busy');
    else if (outcome?.ok) setNote('done');
  }

  const headline = syncHeadline({
    mode,
    enrolled: enrolment !== null,
    online,
    running: status.running,
    pending: pending ?? 0,
    lastError: status.lastError,
    failingSince: status.failingSince,
    now,
  });
  const { sent, total, received } = status.progress;
  const showProgress = headline.kind === 'running';
  const revoked = headline.kind === 'needsUser' && headline.failure === 'revoked';

  return (
    <section className="sync-page">
      <h1>{t('title')}</h1>
      {mode === 'demo' && (
        <div className="card">
          <p>{t('demo')}</p>
          {pending ? <p>{t('demoKept', { n: formatNumber(pending, lang) })}</p> : null}
          <Link to="/enrol" className="button">
            {t('enrolLink')}
          </Link>
        </div>
      )}
      {mode === 'real' && !enrolment && (
        <div className="card">
          <p>{t('notEnrolled')}</p>
          <Link to="/enrol" className="button button--primary">
            {t('enrolLink')}
          </Link>
        </div>
      )}
      {mode === 'real' && enrolment && (
        <>
          <p>{t('enrolledTo', { name: enrolment.communeName })}</p>
          <PhotoChannelCard />
          <div className="card">
            <p className="sync-page__waiting">
              {pending ? t('waiting', { n: formatNumber(pending, lang) }) : t('nothingWaiting')}
            </p>
            <p>
              {lastSyncAt ? t('lastSuccess', { when: formatDateTime(lastSyncAt, lang) }) : t('neverSynced')}
            </p>
            <SyncHeadlineText headline={headline} />
            <button
              type="button"
              className="button button--primary button--big"
              onClick={() => void runNow()}
              disabled={status.running || !online || revoked}
            >
              {showProgress ? t('syncing') : t('syncNow')}
            </button>
            {showProgress && (
              <>
                <div
                  className="progress"
                  role="progressbar"
                  aria-label={t('progressLabel')}
                  aria-valuemin={0}
                  aria-valuemax={Math.max(total, 1)}
                  aria-valuenow={sent}
                >
                  <div
                    className="progress__bar"
                    style={{ width: `${total > 0 ? (100 * sent) / total : 100}%` }}
                  />
                </div>
                <p className="field__hint">{t('progress', { sent, total, received })}</p>
              </>
            )}
            {note && !status.running && <p role="status">{t(note)}</p>}
            {revoked && (
              <Link to="/enrol" className="button">
                {t('enrolAgain')}
              </Link>
            )}
          </div>
        </>
      )}
      {rejected && <RejectedList db={db} changes={rejected} />}
    </section>
  );
}
