// Thôn số recognition of one village, under its checklist: recognised, waiting for the province, or — when
// the criteria version's rule is met — "đủ điều kiện" with a button to propose it (offline: a synced record);
// otherwise what it still lacks. A returned proposal shows the province's reason; the history follows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type CatalogOf } from '@/domain/catalog';
import { isoDate } from '@/domain/dates';
import { villageRecognition } from '@/domain/recognition';
import type { RecognitionGaps } from '@/domain/recognition-rule';
import { formatDate, formatDateTime } from '@/lib/format';
import type { WriteContext } from '@/storage/record-writer';
import { useSession } from '@/storage/use-session';
import type { VillageCount } from '@/storage/village-counts';
import { Field } from '@/ui/field';
import type { ProgressRow } from './checklist-queries';
import { RecognitionHistory } from './recognition-history';
import { proposeRecognition, type ProposalRow } from './recognition-queries';

export interface RecognitionCardProps {
  villageId: string;
  catalog: CatalogOf<'criteria'>;
  gaps: RecognitionGaps;
  rows: readonly ProgressRow[];
  counts: Map<string, VillageCount>;
  proposals: readonly ProposalRow[];
  names: Map<string, string>;
  catalogs: Map<string, CatalogOf<'criteria'>>;
  ctx: WriteContext | null;
}

export function RecognitionCard(props: RecognitionCardProps) {
  const { villageId, catalog, gaps, rows, counts, proposals, names, catalogs, ctx } = props;
  const { t, i18n } = useTranslation(['checklist', 'common']);
  const db = useSession((s) => s.db);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const state = villageRecognition(proposals);
  const newest = proposals[0];
  const confirmed = proposals.find((p) => p.decision === 'confirmed');

  const propose = async () => {
    if (!ctx) return;
    setError('');
    try {
      const today = isoDate(new Date());
      const written = await proposeRecognition(db, ctx, {
        villageId,
        catalog,
        rows,
        counts,
        note,
        proposedOn: today,
      });
      if (!written) setError(t('errors.notEligible', { ns: 'common' }));
      else setNote('');
    } catch {
      setError(t('errors.saveFailed', { ns: 'common' }));
    }
  };

  return (
    <section className="card recognition" aria-labelledby="recognition-title">
      <h2 id="recognition-title">{t('recognition.title')}</h2>
      {state === 'confirmed' && confirmed && (
        <p className="recognition__state recognition__state--confirmed" role="status">
          {t('recognition.recognised', {
            time: confirmed.decidedAt ? formatDateTime(confirmed.decidedAt, i18n.language) : '',
          })}
        </p>
      )}
      {state === 'pending' && newest && (
        <p className="recognition__state recognition__state--pending" role="status">
          {t('recognition.pending', { date: formatDate(newest.proposedOn) })}
        </p>
      )}
      {state === 'returned' && newest && (
        <p className="recognition__state recognition__state--returned">
          {t('recognition.returned', { reason: newest.decisionReason ?? '' })}
        </p>
      )}
      {(state === 'none' || state === 'returned') && (
        <>
          {!gaps.hasRule && <p>{t('recognition.noRule')}</p>}
          {gaps.hasRule && !gaps.eligible && (
            <div>
              <p>{t('recognition.notEligible', { met: gaps.met, minimum: gaps.minimumMet })}</p>
              {gaps.missingRequired.length > 0 && (
                <>
                  <p>{t('recognition.missingRequired')}</p>
                  <ul className="recognition__missing">
                    {gaps.missingRequired.map((c) => (
                      <li key={c.code}>{localName(c.name, i18n.language)}</li>
                    ))}
                  </ul>
                </>
              )}
              {gaps.moreNeeded > 0 && <p>{t('recognition.moreNeeded', { count: gaps.moreNeeded })}</p>}
            </div>
          )}
          {gaps.eligible && (
            <div>
              <p className="recognition__eligible">{t('recognition.eligible')}</p>
              <Field label={t('recognition.note')}>
                <textarea value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
              </Field>
              <button
                type="button"
                className="button button--primary"
                disabled={!ctx}
                onClick={() => void propose()}
              >
                {t('recognition.propose')}
              </button>
            </div>
          )}
        </>
      )}
      {catalog.data.recognition?.source && (
        <p className="field__hint">
          {t('recognition.ruleSource', { source: catalog.data.recognition.source })}
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <RecognitionHistory proposals={proposals} names={names} catalogs={catalogs} />
    </section>
  );
}
