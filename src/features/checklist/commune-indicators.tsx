// The plan's indicators for the commune, computed on the phone by the same pure code as the province's
// dashboard (domain/indicators): each with the commune's value, its target and year, and where it stands.
import { useTranslation } from 'react-i18next';
import { localName, type Indicator } from '@/domain/catalog';
import { computeIndicator, type IndicatorValue, type VillageFacts } from '@/domain/indicators';
import { formatNumber, formatPercent } from '@/lib/format';

/** A share as a percentage; Người bản số per village as a plain number. */
export function formatIndicator(indicator: Indicator, value: number | null, lang: string): string {
  if (value === null) return '—';
  return indicator.formula.kind === 'activeHelpersPerVillage'
    ? formatNumber(value, lang)
    : formatPercent(value, lang);
}

export function verdictKey(v: IndicatorValue): string {
  if (v.value === null) return 'communeView.noData';
  if (v.meetsTarget === null) return 'communeView.noTarget';
  return v.meetsTarget ? 'communeView.meets' : 'communeView.below';
}

export interface CommuneIndicatorsProps {
  indicators: readonly Indicator[];
  facts: readonly VillageFacts[];
}

export function CommuneIndicators({ indicators, facts }: CommuneIndicatorsProps) {
  const { t, i18n } = useTranslation('checklist');
  const lang = i18n.language;
  return (
    <table className="commune-indicators">
      <caption>{t('communeView.indicatorsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('communeView.col.indicator')}</th>
          <th scope="col">{t('communeView.col.value')}</th>
          <th scope="col">{t('communeView.col.target')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const value = computeIndicator(indicator, facts);
          return (
            <tr key={indicator.code}>
              <th scope="row">{localName(indicator.name, lang)}</th>
              <td>
                {formatIndicator(indicator, value.value, lang)}
                <span className="commune-indicators__verdict"> {t(verdictKey(value))}</span>
                <span className="commune-indicators__data">
                  {' '}
                  {t('communeView.villagesWithData', {
                    count: value.villagesWithData,
                    total: value.villages,
                  })}
                </span>
              </td>
              <td>
                {indicator.target === null
                  ? '—'
                  : t('communeView.target', {
                      target: formatIndicator(indicator, indicator.target, lang),
                      year: indicator.targetYear,
                    })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
