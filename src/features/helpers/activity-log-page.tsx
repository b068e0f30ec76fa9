// /helpers/log: log a help activity in a few taps. The helper and kind used last in this village come
// pre-selected, one person helped and today's date are the defaults, so a typical log is one tap: Save.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isoDate } from '@/domain/dates';
import { useCatalog, useSession } from '@/storage/use-session';
import { ActivityForm } from './activity-form';
import { helperOptions, kindOptions } from './catalog-options';
import { newActivity } from './form-values';
import { villageHelpers } from './helper-queries';
import { logActivity } from './helper-writes';
import { loadLastChoice } from './last-choice';
import { useChosenVillage } from './use-chosen-village';
import { VillageGate } from './village-gate';
import './helpers.css';

export function ActivityLogPage() {
  const { t, i18n } = useTranslation(['helpers', 'common']);
  const db = useSession((s) => s.db);
  const { villageId, village } = useChosenVillage();
  const kinds = useCatalog('helpKinds');
  const navigate = useNavigate();
  const setup = useLiveQuery(async () => {
    if (!villageId) return null;
    const [helpers, last] = await Promise.all([villageHelpers(db, villageId), loadLastChoice(db, villageId)]);
    return { helpers: helperOptions(helpers), last };
  }, [db, villageId]);

  if (!villageId || village === null) return <VillageGate unknown={!!villageId} />;
  if (!setup || kinds === undefined || village === undefined)
    return <p className="loading">{t('loading', { ns: 'common' })}</p>;

  const kindList = kindOptions(kinds, i18n.language);
  const last = setup.last;
  // The last helper if still active; a village with a single active helper needs no choice at all.
  const onlyHelper = setup.helpers.length === 1 ? (setup.helpers[0]?.value ?? '') : '';
  const initial = newActivity(isoDate(new Date()), {
    helperId: last && setup.helpers.some((h) => h.value === last.helperId) ? last.helperId : onlyHelper,
    kind: last && kindList.some((k) => k.value === last.kind) ? last.kind : '',
  });
  return (
    <section>
      <h1>{t('log.title')}</h1>
      <p>{village.name}</p>
      <ActivityForm
        villageId={villageId}
        helpers={setup.helpers}
        kinds={kindList}
        sampleKinds={!!kinds?.sample}
        initial={initial}
        draftKey="helpers:log"
        onSave={async (data) => {
          const failure = await logActivity(db, data);
          if (!failure) await navigate('/helpers', { state: { notice: 'log.savedActivity' } });
          return failure;
        }}
        noHelpers={
          <div className="card">
            <p>{t('log.noHelpers')}</p>
            <Link className="button" to="/helpers/people/new">
              {t('log.addHelperFirst')}
            </Link>
          </div>
        }
      />
    </section>
  );
}
