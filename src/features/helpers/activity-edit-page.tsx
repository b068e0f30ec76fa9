// /helpers/activities/:id: edit a help activity (only changed fields are written) or delete it; the
// list it returns to offers "Hoàn tác" to bring it back.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCatalog, useSession } from '@/storage/use-session';
import { ActivityForm } from './activity-form';
import { helperOptions, kindOptions } from './catalog-options';
import { activityFromRecord } from './form-values';
import { liveRecord, villageHelpers } from './helper-queries';
import { deleteActivity, editActivity } from './helper-writes';
import './helpers.css';

export function ActivityEditPage() {
  const { t, i18n } = useTranslation(['helpers', 'common']);
  const { id = '' } = useParams();
  const db = useSession((s) => s.db);
  const kinds = useCatalog('helpKinds');
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const loaded = useLiveQuery(async () => {
    const record = await liveRecord(db, 'helpActivities', id);
    if (!record) return { record: null, helpers: [] };
    return { record, helpers: await villageHelpers(db, record.villageId ?? '') };
  }, [db, id]);

  // While deleting, the record vanishes before the list takes over: show nothing, not "not found".
  if (!loaded || kinds === undefined || leaving)
    return <p className="loading">{t('loading', { ns: 'common' })}</p>;
  const { record } = loaded;
  if (!record)
    return (
      <section>
        <h1>{t('log.editTitle')}</h1>
        <p>{t('log.notFound')}</p>
        <Link className="button" to="/helpers">
          {t('back', { ns: 'common' })}
        </Link>
      </section>
    );

  const initial = activityFromRecord(record);
  return (
    <section>
      <h1>{t('log.editTitle')}</h1>
      <ActivityForm
        key={record.id}
        villageId={record.villageId ?? ''}
        helpers={helperOptions(loaded.helpers, initial.helperId)}
        kinds={kindOptions(kinds, i18n.language)}
        sampleKinds={!!kinds?.sample}
        initial={initial}
        draftKey={`helpers:activity:${record.id}`}
        onSave={async (data) => {
          const failure = await editActivity(db, record, data);
          if (!failure) await navigate('/helpers', { state: { notice: 'log.savedActivity' } });
          return failure;
        }}
      >
        {deleteError && (
          <p className="field__error" role="alert">
            {t(deleteError)}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button--danger"
            onClick={async () => {
              setLeaving(true);
              const failure = await deleteActivity(db, record.id);
              if (!failure) return navigate('/helpers', { state: { deletedActivityId: record.id } });
              setLeaving(false);
              setDeleteError(failure);
            }}
          >
            {t('log.deleteActivity')}
          </button>
          <Link className="button" to="/helpers">
            {t('cancel', { ns: 'common' })}
          </Link>
        </div>
      </ActivityForm>
    </section>
  );
}
