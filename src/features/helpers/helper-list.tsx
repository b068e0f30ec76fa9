// The village's Người bản số: name, phone, active; diacritic-free search ("giang thi" finds
// "Giàng Thị"); a page at a time.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnsentStates } from '@/storage/unsent';
import { useSession } from '@/storage/use-session';
import { Field } from '@/ui/field';
import { UnsentMark } from '@/ui/unsent-mark';
import { listHelpers } from './helper-queries';

const PAGE = 20;

export function HelperList({ villageId }: { villageId: string }) {
  const { t } = useTranslation(['helpers', 'common']);
  const db = useSession((s) => s.db);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const page = useLiveQuery(() => listHelpers(db, villageId, query, limit), [db, villageId, query, limit]);
  const unsent = useUnsentStates('banSoHelpers', page?.items.map((h) => h.id) ?? []);

  return (
    <section aria-labelledby="helpers-people">
      <h2 id="helpers-people">{t('people.heading')}</h2>
      <Field label={t('people.search')}>
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(PAGE);
          }}
        />
      </Field>
      {page && page.items.length === 0 && (
        <p>{query.trim() ? t('people.noMatch', { query: query.trim() }) : t('people.empty')}</p>
      )}
      <ul className="list" aria-label={t('people.heading')}>
        {page?.items.map((h) => (
          <li key={h.id} className="card">
            <Link className="row-link" to={`/helpers/people/${h.id}`}>
              <span className="row-link__title">
                {String(h.name)} <UnsentMark state={unsent.get(h.id)} />
              </span>
              <span className="row-link__meta">
                {h.phone ? String(h.phone) : t('people.noPhone')} ·{' '}
                {h.active === false ? t('people.inactive') : t('people.active')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {page?.hasMore && (
        <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('loadMore', { ns: 'common' })}
        </button>
      )}
      <div className="actions">
        <Link className="button" to="/helpers/people/new">
          {t('people.add')}
        </Link>
      </div>
    </section>
  );
}
