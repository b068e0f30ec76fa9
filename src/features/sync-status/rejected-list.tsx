// Every change the server refused, with its reason in plain Vietnamese, a link to fix the record and a
// button to discard the change (DESIGN invariants 3 and 10).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { BanSoDatabase } from '@/storage/database';
import { discardRejected, type RejectedChange } from '@/sync/rejected-changes';
import { fixLink, recordSummary } from './fix-link';

const reasonOf = (change: RejectedChange) => change.entry.reason ?? 'errors.invalidRecord';

export function RejectedList({ db, changes }: { db: BanSoDatabase; changes: RejectedChange[] }) {
  const { t, i18n } = useTranslation(['sync', 'common']);
  if (changes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sync-rejected-title">
      <h2 id="sync-rejected-title">{t('rejected.title')}</h2>
      <p>{t('rejected.intro')}</p>
      <ul className="list">
        {changes.map((change) => {
          const { entry, record } = change;
          const link = fixLink(entry.table, entry.recordId, record);
          return (
            <li key={entry.seq} className="sync-rejected">
              <p>
                <strong>{t(`rejected.tables.${entry.table}`)}</strong> {recordSummary(record)}
              </p>
              <p className="field__error">
                {t(reasonOf(change), { ns: 'common', defaultValue: t('common:errors.invalidRecord') })}
              </p>
              {entry.detail && (
                <p className="field__hint">{t('rejected.detail', { detail: entry.detail })}</p>
              )}
              <p className="field__hint">
                {t('rejected.at', { when: formatDateTime(entry.createdAt, i18n.language) })}
              </p>
              <div className="sync-rejected__actions">
                {link && (
                  <Link to={link} className="button button--primary">
                    {t('rejected.fix')}
                  </Link>
                )}
                <button type="button" className="button" onClick={() => void discardRejected(db, entry.seq)}>
                  {t('rejected.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
