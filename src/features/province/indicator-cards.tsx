// The whole unit (province, or one commune) against each indicator of the plan: value for the period, the
// target and its year, the change against a year earlier, how many villages the figure rests on, and where
// in the plan the target is written. A sample catalog says so.
import { useTranslation } from 'react-i18next';
import { SampleBadge } from '@/ui/sample-badge';
import { periodLabel } from './period-label';
import { formatChange, formatValue, indicatorName, isShare, measureOf, type Dashboard } from './scoreboard';

export function IndicatorCards({ board, unitName }: { board: Dashboard; unitName: string }) {
  const { t, i18n } = useTranslation('province');
  const lang = i18n.language;
  const catalog = board.catalogs.indicators;
  const before = periodLabel(board.previousPeriod, t);
  return (
    <section aria-labelledby="indicator-cards-title">
      <h2 id="indicator-cards-title">
        {t('dashboard.indicatorsOf', { unit: unitName })}{' '}
        {catalog?.sample && <SampleBadge label={t('sampleData')} title={catalog.source} />}
      </h2>
      {board.indicators.length === 0 && <p className="province-empty">{t('dashboard.noIndicators')}</p>}
      <ol className="indicator-cards">
        {board.indicators.map((ind, i) => {
          const m = measureOf(board.total, ind.code);
          const status = m?.current.meetsTarget ?? null;
          const change = formatChange(ind, m?.change ?? null, lang);
          return (
            <li
              key={ind.code}
              className={`indicator-card indicator-card--${status === null ? 'none' : status ? 'met' : 'behind'}`}
            >
              <p className="indicator-card__name">
                <span className="indicator-card__n">{t('dashboard.indicatorN', { n: i + 1 })}</span>{' '}
                {indicatorName(ind, lang)}
              </p>
              <p className="indicator-card__value">
                <strong>{formatValue(ind, m?.current.value ?? null, lang, t('dashboard.noData'))}</strong>{' '}
                {ind.target !== null &&
                  t('dashboard.target', {
                    target: formatValue(ind, ind.target, lang, ''),
                    year: ind.targetYear,
                  })}
                {status !== null && (
                  <span className="indicator-card__status">
                    {' '}
                    {status ? t('dashboard.met') : t('dashboard.behind')}
                  </span>
                )}
              </p>
              <p className="indicator-card__meta">
                {change === null
                  ? t('dashboard.noChange', { period: before })
                  : t(isShare(ind) ? 'dashboard.changeShare' : 'dashboard.changeCount', {
                      change,
                      period: before,
                    })}
              </p>
              {m && (
                <p className="indicator-card__meta">
                  {t('dashboard.villagesWithData', {
                    withData: m.current.villagesWithData,
                    count: m.current.villages,
                  })}
                </p>
              )}
              <p className="indicator-card__source">{t('dashboard.source', { source: ind.planSection })}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
