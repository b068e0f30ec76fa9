// One commune for the period (drill-down from the dashboard): the commune against each indicator, its
// villages against each indicator (each opening the village's records), their activity, the villages
// behind target, how fresh its phones' data is, and the commune's own report and exports.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActivityTable } from './activity-table';
import { formatStamp } from './format-stamp';
import { IndicatorCards } from './indicator-cards';
import { LaggingTables } from './lagging-tables';
import { LoadState } from './load-state';
import { periodLabel } from './period-label';
import { PeriodPicker, usePeriod } from './period-picker';
import { ReportDownloads } from './report-downloads';
import { ScoreTable } from './score-table';
import { useDashboard } from './use-dashboard';

const ScoreChart = lazy(async () => ({ default: (await import('./score-chart')).ScoreChart }));

export function CommunePage() {
  const { t, i18n } = useTranslation(['province', 'common']);
  const communeId = useParams().communeId ?? '';
  const [params] = useSearchParams();
  const [period] = usePeriod();
  const loaded = useDashboard(period, communeId);
  const board = loaded.data;
  const name = board?.scope.communeName ?? '';
  const villagePath = (villageId: string) =>
    `/province/communes/${encodeURIComponent(communeId)}/villages/${encodeURIComponent(villageId)}`;
  const fresh = board?.total.freshness;
  return (
    <section aria-labelledby="commune-title" className="dashboard">
      <nav aria-label={t('crumbs.label')} className="crumbs">
        <Link to={{ pathname: '/province', search: params.toString() }}>{t('dashboard.province')}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{name || t('common:loading')}</span>
      </nav>
      <div className="dashboard__head">
        <h2 id="commune-title">{name ? t('commune.title', { commune: name }) : t('common:loading')}</h2>
        <PeriodPicker />
      </div>
      <p className="dashboard__period">
        {t('dashboard.periodLine', { period: periodLabel(period, t) })}
        {board && ` · ${t('dashboard.comparedWith', { period: periodLabel(board.previousPeriod, t) })}`}
      </p>
      <LoadState loaded={loaded} />
      {board && (
        <>
          {fresh && (
            <p className="dashboard__fresh">
              {t('commune.freshness', {
                count: fresh.devices,
                devices: fresh.devices,
                last: fresh.lastSyncAt ? formatStamp(fresh.lastSyncAt) : t('never'),
                silent: fresh.silentDevices,
                days: board.silentAfterDays,
                lng: i18n.language,
              })}
            </p>
          )}
          <IndicatorCards board={board} unitName={name} />
          <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
            <ScoreChart board={board} tableId="village-table" />
          </Suspense>
          <h2>{t('commune.villagesTitle', { commune: name })}</h2>
          <ScoreTable
            id="village-table"
            board={board}
            caption={t('commune.villagesTitle', { commune: name })}
            nameLabel={t('dashboard.col.village')}
            unitPath={(u) => villagePath(u.id)}
          />
          <h2>{t('activity.title')}</h2>
          <ActivityTable
            board={board}
            caption={t('activity.title')}
            nameLabel={t('dashboard.col.village')}
            unitPath={(u) => villagePath(u.id)}
          />
          <LaggingTables board={board} />
          <ReportDownloads period={period} communeId={communeId} />
        </>
      )}
    </section>
  );
}
