// The sync screen (DESIGN invariant 10): changes waiting, the last successful sync, a "Đồng bộ ngay"
// button with a progress bar while it runs, why the last sync failed or why the queue is stuck, and
// every refused change with its reason and a way to fix or discard it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useSession } from '@/storage/use-session';
import { syncNow } from '@/sync/app-sync';
import { stuckReason } from '@/sync/sync-status';
import { PhotoChannelCard } from './photo-channel-card';
import { RejectedList } from './rejected-list';
import { useMinuteClock, useOnline, useSyncView } from './use-sync-view';
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
    if (outcome?.skipped) setNote('busy');
    else if (outcome?.ok) setNote('done');
  }

  const stuck = stuckReason(status, { pending: pending ?? 0, online, now });
  const { sent, total, received } = status.progress;
  const canRun = mode === 'real' && enrolment !== null && !status.running;

  return (
    <section className="sync-page">
      <h1>{t('title')}</h1>
      {mode === 'demo' && <p className="card">{t('demo')}</p>}
      {mode === 'real' && !enrolment && (
        <div className="card">
          <p>{t('notEnrolled')}</p>
          <Link to="/enrol" className="button button--primary">
            {t('enrolLink')}
          </Link>
        </div>
      )}
      {enrolment && <p>{t('enrolledTo', { name: enrolment.communeName })}</p>}
      {enrolment && <PhotoChannelCard />}
      <div className="card">
        <p className="sync-page__waiting">
          {pending ? t('waiting', { n: formatNumber(pending, lang) }) : t('nothingWaiting')}
        </p>
        <p>{lastSyncAt ? t('lastSuccess', { when: formatDateTime(lastSyncAt, lang) }) : t('neverSynced')}</p>
        {!online && <p className="field__hint">{t('offline')}</p>}
        <button
          type="button"
          className="button button--primary button--big"
          onClick={() => void runNow()}
          disabled={!canRun}
        >
          {status.running ? t('syncing') : t('syncNow')}
        </button>
        {status.running && (
          <div
            className="progress"
            role="progressbar"
            aria-label={t('progressLabel')}
            aria-valuemin={0}
            aria-valuemax={Math.max(total, 1)}
            aria-valuenow={sent}
          >
            <div className="progress__bar" style={{ width: `${total > 0 ? (100 * sent) / total : 100}%` }} />
          </div>
        )}
        {status.running && <p className="field__hint">{t('progress', { sent, total, received })}</p>}
        {note && !status.running && <p role="status">{t(note)}</p>}
        {stuck ? (
          <p className="field__error" role="alert">
            {t('stuck', { reason: t(`reasons.${stuck}`) })}
          </p>
        ) : (
          status.lastError && (
            <p className="field__error" role="alert">
              {t('lastError', { reason: t(`reasons.${status.lastError}`) })}
            </p>
          )
        )}
        {status.lastError === 'revoked' && (
          <Link to="/enrol" className="button">
            {t('enrolAgain')}
          </Link>
        )}
      </div>
      {rejected && <RejectedList db={db} changes={rejected} />}
    </section>
  );
}
