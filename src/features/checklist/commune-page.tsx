// /checklist/commune: every village of the commune (from the administrative units catalog) with its
// Thôn số progress, read in ONE indexed query over `checklistProgress.villageId` for all villages.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog, useSession } from '@/storage/use-session';
import { SampleBadge } from '@/ui/sample-badge';
import { progressByVillage } from './checklist-progress-summary';
import { communeProgressRows } from './checklist-queries';
import './checklist.css';
import { CommuneTable } from './commune-table';

export function CommunePage() {
  const { t } = useTranslation(['checklist', 'common']);
  const db = useSession((s) => s.db);
  const communeId = useSession((s) => s.communeId);
  const criteria = useCatalog('criteria');
  const units = useCatalog('adminUnits');
  const villages = useMemo(
    () => (units?.data.villages ?? []).filter((v) => v.communeId === communeId),
    [units, communeId],
  );
  const idsKey = villages.map((v) => v.id).join('|');
  // useLiveQuery keeps the previous result while a new query runs: tag it so stale rows never show.
  const result = useLiveQuery(
    async () => ({ idsKey, rows: await communeProgressRows(db, idsKey ? idsKey.split('|') : []) }),
    [db, idsKey],
  );
  const rows = result?.idsKey === idsKey ? result.rows : undefined;

  if (criteria === undefined || units === undefined || rows === undefined)
    return <p className="loading">{t('loading', { ns: 'common' })}</p>;
  if (!criteria) return <p>{t('noCatalog')}</p>;
  const commune = units?.data.communes.find((c) => c.id === communeId);
  if (!communeId || !commune) return <p>{t('commune.noCommune')}</p>;
  const sample = criteria.sample || units?.sample === true;

  return (
    <div className="checklist">
      <h1>{t('commune.title', { commune: commune.name })}</h1>
      <p className="checklist__catalog">
        {t('catalogVersion', { version: criteria.version })}{' '}
        {sample && <SampleBadge label={t('sample', { ns: 'common' })} title={criteria.source} />}
      </p>
      {criteria.sample && <p className="field__hint">{t('sampleSource', { source: criteria.source })}</p>}
      {villages.length === 0 ? (
        <p>{t('commune.noVillages')}</p>
      ) : (
        <CommuneTable summaries={progressByVillage(villages, criteria.data.criteria, rows)} />
      )}
      <p>
        <Link to="/checklist">{t('commune.back')}</Link>
      </p>
    </div>
  );
}
