// /village-profile (the chosen village) and /village-profile/:villageId: every count the current criteria
// catalog lists (households, population, adults, households with fibre…), each with its value and the
// date it was counted and who last updated it when, editable in place. The same rows feed the checklist's
// ratio criteria (storage/village-counts), so both screens always show the same numbers.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localName } from '@/domain/catalog';
import { memberNames } from '@/storage/team-names';
import { useCatalog, useSession } from '@/storage/use-session';
import { readVillageCounts } from '@/storage/village-counts';
import { SampleBadge } from '@/ui/sample-badge';
import { CountCard } from './count-card';
import './village-profile.css';
import { NotStartedNotice } from '@/ui/not-started-notice';

export function VillageProfilePage() {
  const { t, i18n } = useTranslation(['village-profile', 'common']);
  const params = useParams();
  const chosen = useSession((s) => s.villageId);
  const db = useSession((s) => s.db);
  const villageId = params.villageId ?? chosen;
  const units = useCatalog('adminUnits');
  const criteria = useCatalog('criteria');
  const counts = useLiveQuery(async () => {
    if (!villageId) return null;
    const values = await readVillageCounts(db, villageId);
    const authors = [...values.values()].map((c) => c.updatedBy).filter((a): a is string => a !== null);
    return { values, names: await memberNames(db, authors) };
  }, [db, villageId]);
  const [editing, setEditing] = useState<string | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const communeId = useSession((s) => s.communeId);

  if (!communeId) return <NotStartedNotice title={t('title')} />;
  if (units === undefined || criteria === undefined || counts === undefined)
    return <p className="loading">{t('loading', { ns: 'common' })}</p>;
  const village = units?.data.villages.find((v) => v.id === villageId);
  if (!villageId || !village || !counts)
    return (
      <section>
        <h1>{t('title')}</h1>
        <p>{villageId ? t('unknownVillage') : t('noVillage')}</p>
        <Link className="button button--primary" to="/">
          {t('goHome')}
        </Link>
      </section>
    );

  return (
    <section>
      <h1>{t('title')}</h1>
      <p>
        {village.name} {criteria?.sample && <SampleBadge label={t('sample', { ns: 'common' })} />}
      </p>
      <p className="field__hint">{t('intro')}</p>
      {savedName && <p role="status">{t('savedCount', { name: savedName })}</p>}
      {!criteria && <p>{t('noCatalog')}</p>}
      <ul className="list" aria-label={t('counts')}>
        {criteria?.data.counts.map((c) => {
          const name = localName(c.name, i18n.language);
          return (
            <CountCard
              key={c.code}
              villageId={villageId}
              code={c.code}
              name={name}
              current={counts.values.get(c.code)}
              updatedByName={(() => {
                const by = counts.values.get(c.code)?.updatedBy;
                return by ? counts.names.get(by) : undefined;
              })()}
              editing={editing === c.code}
              onEdit={() => {
                setEditing(c.code);
                setSavedName(null);
              }}
              onClose={(saved) => {
                setEditing(null);
                if (saved) setSavedName(name);
              }}
            />
          );
        })}
      </ul>
    </section>
  );
}
