// The proposals of one village, newest first: when and by whom it was proposed, under which criteria
// version, the criteria as they stood then (behind a disclosure), and the province's decision and reason.
import { useTranslation } from 'react-i18next';
import { localName, type CatalogOf } from '@/domain/catalog';
import { recognitionState } from '@/domain/recognition';
import { formatDate, formatDateTime } from '@/lib/format';
import type { ProposalRow } from './recognition-queries';

export interface RecognitionHistoryProps {
  proposals: readonly ProposalRow[];
  names: Map<string, string>;
  catalogs: Map<string, CatalogOf<'criteria'>>;
}

export function RecognitionHistory({ proposals, names, catalogs }: RecognitionHistoryProps) {
  const { t, i18n } = useTranslation('checklist');
  const lang = i18n.language;
  if (proposals.length === 0) return null;
  return (
    <section className="recognition-history" aria-labelledby="recognition-history">
      <h3 id="recognition-history">{t('recognition.history')}</h3>
      <ol className="list">
        {proposals.map((p) => {
          const catalog = catalogs.get(p.criteriaVersion);
          const nameOf = (code: string) => {
            const c = catalog?.data.criteria.find((x) => x.code === code);
            return c ? localName(c.name, lang) : code;
          };
          const met = p.criteria.filter((c) => c.status === 'met').length;
          const state = recognitionState(p);
          return (
            <li key={p.id} className="card">
              <p>
                {t('recognition.proposedEntry', {
                  date: formatDate(p.proposedOn),
                  name: names.get(p.proposedBy) ?? p.proposedBy,
                  version: p.criteriaVersion,
                  met,
                  total: p.criteria.length,
                })}
              </p>
              <p className={`recognition__state recognition__state--${state}`}>
                {state === 'pending'
                  ? t('recognition.statePending')
                  : t(`recognition.decided.${state}`, {
                      time: p.decidedAt ? formatDateTime(p.decidedAt, lang) : '',
                      reason: p.decisionReason ?? '',
                    })}
              </p>
              <details>
                <summary>{t('recognition.criteriaThen')}</summary>
                <ul className="recognition__criteria">
                  {p.criteria.map((c) => (
                    <li key={c.code}>
                      {t('recognition.criterionThen', {
                        name: nameOf(c.code),
                        status: t(`status.${c.status}`),
                      })}
                      {c.numerator !== null && c.denominator !== null && (
                        <span>{` (${c.numerator}/${c.denominator})`}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
