// One village in the commune view: where it stands on Thôn số (recognised, waiting for the province,
// "đủ điều kiện", or what it still lacks under the criteria version's rule) and its village-level indicators.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName, type Criteria, type Indicator } from '@/domain/catalog';
import { computeIndicator, type VillageFacts } from '@/domain/indicators';
import { villageRecognition } from '@/domain/recognition';
import { recognitionGaps } from '@/domain/recognition-rule';
import { formatIndicator, verdictKey } from './commune-indicators';
import type { ProgressRow } from './checklist-queries';
import type { ProposalRow } from './recognition-queries';

export interface VillageStandingProps {
  villageId: string;
  name: string;
  criteria: Criteria;
  indicators: readonly Indicator[];
  facts: VillageFacts;
  rows: readonly ProgressRow[];
  proposals: readonly ProposalRow[];
}

export function VillageStanding(props: VillageStandingProps) {
  const { villageId, name, criteria, indicators, facts, rows, proposals } = props;
  const { t, i18n } = useTranslation('checklist');
  const lang = i18n.language;
  const state = villageRecognition(proposals);
  const status = new Map(rows.map((r) => [r.criterionCode, r.status]));
  const gaps = recognitionGaps(criteria, (code) => status.get(code));
  const standing =
    state === 'confirmed'
      ? t('communeView.recognised')
      : state === 'pending'
        ? t('communeView.pending')
        : !gaps.hasRule
          ? t('communeView.noRule')
          : gaps.eligible
            ? t('communeView.eligible')
            : t('communeView.lacks', { count: gaps.missingRequired.length + gaps.moreNeeded });
  return (
    <li className="card village-standing">
      <h3>
        <Link to={`/checklist/${encodeURIComponent(villageId)}`}>{name}</Link>
      </h3>
      <p className={`village-standing__state village-standing__state--${state}`}>{standing}</p>
      {state !== 'confirmed' && state !== 'pending' && gaps.hasRule && !gaps.eligible && (
        <p className="village-standing__lacks">
          {[
            ...gaps.missingRequired.map((c) => localName(c.name, lang)),
            ...(gaps.moreNeeded > 0 ? [t('communeView.moreAny', { count: gaps.moreNeeded })] : []),
          ].join('; ')}
        </p>
      )}
      <ul className="village-standing__indicators">
        {indicators.map((indicator) => {
          const value = computeIndicator(indicator, [facts]);
          return (
            <li key={indicator.code}>
              {t('communeView.indicatorLine', {
                name: localName(indicator.name, lang),
                value: formatIndicator(indicator, value.value, lang),
                verdict: t(verdictKey(value)),
              })}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
