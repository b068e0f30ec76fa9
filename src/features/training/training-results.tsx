// The list of sessions for one filter: a live, indexed query that grows by a page at a time ("Xem thêm"),
// so a commune's 30,000 sessions never sit in memory at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsentStates } from '@/storage/unsent';
import { useSession } from '@/storage/use-session';
import { TrainingListItem } from './training-list-item';
import { listTrainingSessions, PAGE_SIZE, type TrainingFilter } from './training-queries';
import type { TrainingCatalogs } from './use-training-context';

export function TrainingResults({
  filter,
  catalogs,
  listSearch,
}: {
  filter: TrainingFilter;
  catalogs: TrainingCatalogs;
  listSearch: string;
}) {
  const { t } = useTranslation(['training', 'common']);
  const db = useSession((s) => s.db);
  const [pages, setPages] = useState(1);
  const page = useLiveQuery(
    () => listTrainingSessions(db, filter, { limit: pages * PAGE_SIZE }),
    [db, filter, pages],
  );
  const unsent = useUnsentStates('trainingSessions', page?.items.map((s) => s.id) ?? []);
  if (!page) return <p className="loading">{t('common:loading')}</p>;
  const filtered = !!(filter.from || filter.to || filter.topic || filter.query);
  return (
    <section aria-label={t('list.results')}>
      {page.items.length === 0 ? (
        <p>{filtered ? t('list.noMatch') : t('list.empty')}</p>
      ) : (
        <ul className="list">
          {page.items.map((s) => (
            <TrainingListItem
              key={s.id}
              session={s}
              catalogs={catalogs}
              listSearch={listSearch}
              unsent={unsent.get(s.id)}
            />
          ))}
        </ul>
      )}
      {page.next && (
        <button type="button" className="button button--big" onClick={() => setPages((p) => p + 1)}>
          {t('common:loadMore')}
        </button>
      )}
    </section>
  );
}
