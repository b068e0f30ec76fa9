// The village's recent help activities, newest first, filtered and paged; each opens for edit.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '@/lib/format';
import { useCatalog, useSession } from '@/storage/use-session';
import { useUnsentStates } from '@/storage/unsent';
import { SampleBadge } from '@/ui/sample-badge';
import { UnsentMark } from '@/ui/unsent-mark';
import { ActivityFilters, NO_FILTER, type ActivityFilterValues } from './activity-filters';
import { ActivityPhotos } from './activity-photos';
import { kindOptions } from './catalog-options';
import { listActivities, villageHelpers } from './helper-queries';

const PAGE = 20;

export function ActivityList({ villageId }: { villageId: string }) {
  const { t, i18n } = useTranslation(['helpers', 'common']);
  const db = useSession((s) => s.db);
  const catalog = useCatalog('helpKinds');
  const [filter, setFilter] = useState<ActivityFilterValues>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const helpers = useLiveQuery(() => villageHelpers(db, villageId), [db, villageId]);
  const page = useLiveQuery(
    () => listActivities(db, { villageId, ...filter }, limit),
    [db, villageId, filter, limit],
  );
  const unsent = useUnsentStates('helpActivities', page?.items.map((a) => a.id) ?? []);
  const kinds = kindOptions(catalog, i18n.language);
  const helperOpts = (helpers ?? []).map((h) => ({ value: h.id, label: String(h.name ?? '') }));
  const helperName = (id: unknown) =>
    helperOpts.find((h) => h.value === id)?.label ?? t('activities.unknownHelper');
  const kindName = (code: unknown) => kinds.find((k) => k.value === code)?.label ?? String(code);
  const filtered = Object.values(filter).some(Boolean);

  return (
    <section aria-labelledby="helpers-activities">
      <h2 id="helpers-activities">
        {t('activities.heading')} {catalog?.sample && <SampleBadge label={t('sample', { ns: 'common' })} />}
      </h2>
      <ActivityFilters
        value={filter}
        onChange={(f) => {
          setFilter(f);
          setLimit(PAGE);
        }}
        helpers={helperOpts}
        kinds={kinds}
      />
      {page && page.items.length === 0 && <p>{filtered ? t('activities.noMatch') : t('activities.empty')}</p>}
      <ul className="list" aria-label={t('activities.heading')}>
        {page?.items.map((a) => (
          <li key={a.id} className="card">
            <Link className="row-link" to={`/helpers/activities/${a.id}`}>
              <span className="row-link__title">
                {formatDate(String(a.date))} · {kindName(a.kind)} <UnsentMark state={unsent.get(a.id)} />
              </span>
              <span className="row-link__meta">
                {helperName(a.helperId)} ·{' '}
                {t('activities.counts', {
                  people: formatNumber(Number(a.peopleHelped), i18n.language),
                  households: formatNumber(Number(a.householdsHelped), i18n.language),
                })}
              </span>
              <ActivityPhotos record={a} />
            </Link>
          </li>
        ))}
      </ul>
      {page?.hasMore && (
        <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('loadMore', { ns: 'common' })}
        </button>
      )}
    </section>
  );
}
