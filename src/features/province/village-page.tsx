// One village for the period (drill-down commune → village → records): the village against each indicator
// and its activity, then the records behind them — training sessions, help given, active Người bản số and
// Thôn số criteria met — with names and catalog labels, never codes.
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DRILL_DOWN_TABLES } from '@/protocol/admin-messages';
import { formatNumber } from '@/lib/format';
import { ACTIVITY_KEYS } from './activity-table';
import { DrillDownList } from './drill-down-list';
import { LoadState } from './load-state';
import { periodLabel } from './period-label';
import { PeriodPicker, usePeriod } from './period-picker';
import { formatValue, indicatorName, measureOf } from './scoreboard';
import { useDashboard } from './use-dashboard';

export function VillagePage() {
  const { t, i18n } = useTranslation(['province', 'common']);
  const lang = i18n.language;
  const { communeId = '', villageId = '' } = useParams();
  const [params] = useSearchParams();
  const [period] = usePeriod();
  const loaded = useDashboard(period, communeId);
  const board = loaded.data;
  const village = board?.units.find((u) => u.id === villageId);
  const communeName = board?.scope.communeName ?? '';
  const search = params.toString();
  return (
    <section aria-labelledby="village-title" className="dashboard">
      <nav aria-label={t('crumbs.label')} className="crumbs">
        <Link to={{ pathname: '/province', search }}>{t('dashboard.province')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={{ pathname: `/province/communes/${encodeURIComponent(communeId)}`, search }}>
          {communeName || t('common:loading')}
        </Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{village?.name ?? ''}</span>
      </nav>
      <div className="dashboard__head">
        <h2 id="village-title">
          {village
            ? t('village.title', { village: village.name, commune: communeName })
            : t('common:loading')}
        </h2>
        <PeriodPicker />
      </div>
      <p className="dashboard__period">{t('dashboard.periodLine', { period: periodLabel(period, t) })}</p>
      <LoadState loaded={loaded} />
      {board && !village && <p className="province-empty">{t('village.unknown')}</p>}
      {board && village && (
        <>
          <h3>{t('village.indicators')}</h3>
          <dl className="village-figures">
            {board.indicators.map((ind, i) => {
              const m = measureOf(village, ind.code);
              const status = m?.current.meetsTarget ?? null;
              return (
                <div key={ind.code}>
                  <dt>
                    {t('dashboard.indicatorN', { n: i + 1 })} — {indicatorName(ind, lang)}
                  </dt>
                  <dd>
                    {formatValue(ind, m?.current.value ?? null, lang, t('dashboard.noData'))}
                    {status !== null && ` · ${status ? t('dashboard.met') : t('dashboard.behind')}`}
                  </dd>
                </div>
              );
            })}
          </dl>
          <h3>{t('village.activity')}</h3>
          <dl className="village-figures village-figures--activity">
            {ACTIVITY_KEYS.map((key) => (
              <div key={key}>
                <dt>{t(`activity.col.${key}`)}</dt>
                <dd>{formatNumber(village.activity[key], lang)}</dd>
              </div>
            ))}
          </dl>
          {DRILL_DOWN_TABLES.map((table) => (
            <DrillDownList
              key={`${table}/${period.from}/${period.to}`}
              drill={{
                communeId,
                communeName,
                villageId,
                villageName: village.name,
                table,
                // Người bản số and the criteria met are states, not dated events: all of them are listed.
                ...(table === 'trainingSessions' || table === 'helpActivities'
                  ? { from: period.from, to: period.to }
                  : {}),
              }}
            />
          ))}
        </>
      )}
    </section>
  );
}
