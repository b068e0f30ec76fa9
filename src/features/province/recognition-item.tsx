// One Thôn số proposal as the province reads it: the village and commune by name, who proposed it when,
// the criteria version (marked when a sample) and its rule, the criteria as they stood then, the note,
// and its decisions (who, when, reason) — with the decision controls while it is pending.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecideRequest, RecognitionItem as Item } from '@/protocol/recognition-messages';
import { formatDate, formatNumber } from '@/lib/format';
import { SampleBadge } from '@/ui/sample-badge';
import { formatStamp } from './format-stamp';
import { RecognitionDecision } from './recognition-decision';

export interface RecognitionItemProps {
  item: Item;
  onDecide: (req: DecideRequest) => Promise<void>;
}

export function RecognitionItem({ item, onDecide }: RecognitionItemProps) {
  const { t, i18n } = useTranslation(['province', 'common']);
  const headingId = useId();
  const met = item.criteria.filter((c) => c.status === 'met').length;
  return (
    <article className="card recognition-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('recognitions.itemTitle', { village: item.villageName, commune: item.communeName })}
      </h3>
      <p>
        {t('recognitions.proposed', {
          date: formatDate(item.proposedOn),
          name: item.proposedByName,
          version: item.criteriaVersion,
          met,
          total: item.criteria.length,
        })}{' '}
        {item.sample && <SampleBadge label={t('common:sample')} />}
      </p>
      {item.rule && (
        <p className="field__hint">
          {t('recognitions.rule', { minimum: item.rule.minimumMet })}
          {item.rule.source ? ` ${item.rule.source}` : ''}
        </p>
      )}
      {item.note && <p>{t('recognitions.note', { note: item.note })}</p>}
      <table className="recognition-item__criteria">
        <caption>{t('recognitions.criteriaCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recognitions.col.criterion')}</th>
            <th scope="col">{t('recognitions.col.status')}</th>
            <th scope="col">{t('recognitions.col.figures')}</th>
          </tr>
        </thead>
        <tbody>
          {item.criteria.map((c) => (
            <tr key={c.code}>
              <th scope="row">
                {c.name}
                {c.required && (
                  <span className="recognition-item__required"> {t('recognitions.required')}</span>
                )}
              </th>
              <td>{t(`recognitions.status.${c.status}`)}</td>
              <td>
                {c.numerator !== null && c.denominator !== null
                  ? `${formatNumber(c.numerator, i18n.language)} / ${formatNumber(c.denominator, i18n.language)}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {item.history.length > 0 && (
        <ul className="list recognition-item__history" aria-label={t('recognitions.history')}>
          {item.history.map((h) => (
            <li key={`${h.at}-${h.decision}`}>
              {t(`recognitions.decided.${h.decision}`, {
                who: h.actor,
                when: formatStamp(h.at),
                reason: h.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      {item.state === 'pending' && <RecognitionDecision villageName={item.villageName} onDecide={onDecide} />}
    </article>
  );
}
