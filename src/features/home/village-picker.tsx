// "Which village am I in": the commune's villages from the adminUnits catalog, recently chosen first,
// with a search that ignores diacritics ("suoi chai" finds "Suối Chải"). The choice is persisted.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '@/domain/catalog';
import { matchesQuery } from '@/domain/fold';
import { getMeta } from '@/storage/meta';
import { chooseVillage, RECENT_VILLAGES } from '@/storage/session-store';
import { useCatalog, useSession } from '@/storage/use-session';
import { Field } from '@/ui/field';
import { SampleBadge } from '@/ui/sample-badge';

function VillageList({
  villages,
  current,
  onPick,
}: {
  villages: Village[];
  current: string | null;
  onPick: (id: string) => void;
}) {
  return (
    <ul className="list picker__list">
      {villages.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className="button button--big picker__option"
            aria-pressed={v.id === current}
            onClick={() => onPick(v.id)}
          >
            {v.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function VillagePicker({ onPicked }: { onPicked?: () => void }) {
  const { t } = useTranslation(['home', 'common']);
  const { db, communeId, villageId } = useSession();
  const adminUnits = useCatalog('adminUnits');
  const recentIds = useLiveQuery(async () => (await getMeta<string[]>(db, RECENT_VILLAGES)) ?? [], [db]);
  const [query, setQuery] = useState('');
  if (adminUnits === undefined || recentIds === undefined) return null;
  if (adminUnits === null) return <p className="card">{t('pickVillage.noCatalog')}</p>;

  const villages = adminUnits.data.villages
    .filter((v) => v.communeId === communeId)
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const byId = new Map(villages.map((v) => [v.id, v]));
  const recent = query ? [] : recentIds.map((id) => byId.get(id)).filter((v): v is Village => !!v);
  const rest = query
    ? villages.filter((v) => matchesQuery(v.name, query))
    : villages.filter((v) => !recentIds.includes(v.id));

  async function pick(id: string) {
    await chooseVillage(id);
    onPicked?.();
  }

  return (
    <div className="picker">
      {adminUnits.sample && <SampleBadge label={t('common:sample')} />}
      <Field label={t('pickVillage.search')} hint={t('pickVillage.searchHint')}>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </Field>
      {recent.length > 0 && (
        <section aria-labelledby="village-recent">
          <h2 id="village-recent">{t('pickVillage.recent')}</h2>
          <VillageList villages={recent} current={villageId} onPick={(id) => void pick(id)} />
        </section>
      )}
      <section aria-labelledby="village-all">
        <h2 id="village-all">
          {query
            ? t('pickVillage.results', { count: rest.length })
            : t('pickVillage.all', { count: villages.length })}
        </h2>
        <VillageList villages={rest} current={villageId} onPick={(id) => void pick(id)} />
        {query && rest.length === 0 && <p>{t('pickVillage.noMatch', { q: query })}</p>}
      </section>
    </div>
  );
}
