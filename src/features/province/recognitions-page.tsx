// /province/recognitions: the Thôn số proposals communes sent from their phones, pending first. The province
// confirms one or returns it with a reason; the decision reaches the commune's phones on their next sync,
// and every proposal keeps its history (who, when, criteria version, criteria at that moment).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecideRequest } from '@/protocol/recognition-messages';
import { adminErrorMessage } from './admin-error';
import { LoadState } from './load-state';
import { RecognitionItem } from './recognition-item';
import { useAdminClient, useAdminData } from './use-admin';

const FILTERS = ['pending', 'confirmed', 'returned', 'all'] as const;
type Filter = (typeof FILTERS)[number];

export function RecognitionsPage() {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const [filter, setFilter] = useState<Filter>('pending');
  const loaded = useAdminData((c) => c.recognitions(filter), `recognitions:${filter}`);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const decide = async (id: string, village: string, req: DecideRequest) => {
    setError('');
    setDone('');
    try {
      await client.decideRecognition(id, req);
      setDone(t(`recognitions.done.${req.decision}`, { village }));
      loaded.reload();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    }
  };

  return (
    <section aria-labelledby="province-recognitions">
      <h2 id="province-recognitions">{t('recognitions.title')}</h2>
      <p className="field__hint">{t('recognitions.hint')}</p>
      <div className="field">
        <label htmlFor="recognition-filter">{t('recognitions.filter')}</label>
        <select id="recognition-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`recognitions.filters.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status">{done}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <LoadState loaded={loaded} />
      {loaded.data && loaded.data.recognitions.length === 0 && <p>{t('recognitions.empty')}</p>}
      {loaded.data?.recognitions.map((item) => (
        <RecognitionItem
          key={item.id}
          item={item}
          onDecide={(req) => decide(item.id, item.villageName, req)}
        />
      ))}
    </section>
  );
}
