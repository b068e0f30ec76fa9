// "What did we do": today's and this month's counts for the chosen village or the whole commune,
// updated live as records are written (useLiveQuery re-runs when the tables change).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '@/domain/dates';
import { formatNumber } from '@/lib/format';
import { useSession } from '@/storage/use-session';
import { countActivity, type ActivityCounts } from './activity-counts';

const SCOPES = ['village', 'commune'] as const;
type Scope = (typeof SCOPES)[number];

function CountList({
  title,
  counts,
  lang,
}: {
  title: string;
  counts: ActivityCounts | undefined;
  lang: string;
}) {
  const { t } = useTranslation('home');
  const items: Array<[keyof ActivityCounts, string]> = [
    ['sessions', t('counts.sessions')],
    ['attendees', t('counts.attendees')],
    ['activities', t('counts.activities')],
    ['peopleHelped', t('counts.peopleHelped')],
  ];
  return (
    <section className="home-counts__period" aria-label={title}>
      <h3>{title}</h3>
      <dl className="home-counts__grid">
        {items.map(([key, label]) => (
          <div key={key} className="home-counts__item">
            <dt>{label}</dt>
            <dd>{counts ? formatNumber(counts[key], lang) : '…'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ActivitySummary() {
  const { t, i18n } = useTranslation('home');
  const { db, villageId } = useSession();
  const [scope, setScope] = useState<Scope>('village');
  const today = isoDate(new Date());
  const village = scope === 'village' ? villageId : null;
  const counts = useLiveQuery(() => countActivity(db, village, today), [db, village, today]);
  const [year, month] = today.split('-');

  return (
    <section className="card home-counts" aria-labelledby="home-counts-title">
      <h2 id="home-counts-title">{t('counts.title')}</h2>
      <div className="home-scope" role="group" aria-label={t('counts.scopeLabel')}>
        {SCOPES.map((s) => (
          <button
            key={s}
            type="button"
            className="button"
            aria-pressed={scope === s}
            onClick={() => setScope(s)}
            disabled={s === 'village' && !villageId}
          >
            {s === 'village' ? t('counts.scopeVillage') : t('counts.scopeCommune')}
          </button>
        ))}
      </div>
      <CountList title={t('counts.today')} counts={counts?.today} lang={i18n.language} />
      <CountList title={t('counts.month', { month, year })} counts={counts?.month} lang={i18n.language} />
    </section>
  );
}
