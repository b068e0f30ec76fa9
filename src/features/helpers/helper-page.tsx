// /helpers/people/new and /helpers/people/:id: add a Người bản số to the chosen village, or edit one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '@/storage/use-session';
import { helperFromRecord, newHelper } from './form-values';
import { HelperForm } from './helper-form';
import { liveRecord } from './helper-queries';
import { addHelper, editHelper } from './helper-writes';
import { useChosenVillage } from './use-chosen-village';
import { VillageGate } from './village-gate';
import './helpers.css';

export function NewHelperPage() {
  const { t } = useTranslation('helpers');
  const db = useSession((s) => s.db);
  const { villageId, village } = useChosenVillage();
  const navigate = useNavigate();
  if (!villageId || village === null) return <VillageGate unknown={!!villageId} />;
  return (
    <section>
      <h1>{t('helper.newTitle')}</h1>
      {village && <p>{village.name}</p>}
      <p className="field__hint">{t('helper.intro')}</p>
      <HelperForm
        villageId={villageId}
        initial={newHelper()}
        onSave={async (data) => {
          const failure = await addHelper(db, data);
          if (!failure) await navigate('/helpers');
          return failure;
        }}
      />
    </section>
  );
}

export function EditHelperPage() {
  const { t } = useTranslation(['helpers', 'common']);
  const { id = '' } = useParams();
  const db = useSession((s) => s.db);
  const navigate = useNavigate();
  const record = useLiveQuery(() => liveRecord(db, 'banSoHelpers', id), [db, id]);
  if (record === undefined) return <p className="loading">{t('loading', { ns: 'common' })}</p>;
  if (record === null)
    return (
      <section>
        <h1>{t('helper.editTitle')}</h1>
        <p>{t('helper.notFound')}</p>
        <Link className="button" to="/helpers">
          {t('back', { ns: 'common' })}
        </Link>
      </section>
    );
  return (
    <section>
      <h1>{t('helper.editTitle')}</h1>
      <HelperForm
        key={record.id}
        villageId={record.villageId ?? ''}
        initial={helperFromRecord(record)}
        onSave={async (data) => {
          const failure = await editHelper(db, record, data);
          if (!failure) await navigate('/helpers');
          return failure;
        }}
      />
    </section>
  );
}
