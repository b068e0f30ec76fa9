// /checklist and /checklist/:villageId: the chosen (or named) village's Thôn số checklist, once the
// current criteria catalog and the administrative units are loaded.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCatalog, useSession } from '@/storage/use-session';
import { NotStartedNotice } from '@/ui/not-started-notice';
import './checklist.css';
import { communePage } from './routes';
import { VillageChecklist } from './village-checklist';

/** The commune view is one tap from here: fetch and parse its code while the phone is idle, so the tap
 * waits only for the data (about 0.1 s of a slow phone's time otherwise). */
function usePreloadCommunePage(): void {
  useEffect(() => {
    const preload = () => void communePage();
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, []);
}

export function ChecklistPage() {
  const { t } = useTranslation(['checklist', 'common']);
  usePreloadCommunePage();
  const params = useParams();
  const chosenVillage = useSession((s) => s.villageId);
  const communeId = useSession((s) => s.communeId);
  const villageId = params.villageId ?? chosenVillage;
  const criteria = useCatalog('criteria');
  const units = useCatalog('adminUnits');
  if (!communeId) return <NotStartedNotice title={t('title')} />;
  if (criteria === undefined || units === undefined)
    return <p className="loading">{t('loading', { ns: 'common' })}</p>;
  if (!villageId)
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('noVillage')}</p>
        <Link className="button" to="/checklist/commune">
          {t('communeLink')}
        </Link>
      </>
    );
  if (!criteria)
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('noCatalog')}</p>
      </>
    );
  const villageName = units?.data.villages.find((v) => v.id === villageId)?.name ?? villageId;
  return (
    <VillageChecklist key={villageId} villageId={villageId} villageName={villageName} catalog={criteria} />
  );
}
