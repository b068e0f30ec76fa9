// The province dashboard (desktop and tablet first): the period picker that every figure follows; the
// province against each indicator and target with the change on a year earlier; a chart (loaded lazily,
// with the table as its alternative); the 99 communes against each indicator, and their activity; the
// lagging communes and villages; how fresh each commune's data is; the yearly report and open data.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityTable } from './activity-table';
import { FreshnessTable } from './freshness-table';
import { IndicatorCards } from './indicator-cards';
import { LaggingTables } from './lagging-tables';
import { LoadState } from './load-state';
import { periodLabel } from './period-label';
import { PeriodPicker, usePeriod } from './period-picker';
import { ReportDownloads } from './report-downloads';
import { ScoreTable } from './score-table';
import { useDashboard } from './use-dashboard';

const ScoreChart = lazy(async () => ({ default: (await import('./score-chart')).ScoreChart }));

export function DashboardPage() {
  const { t } = useTranslation(['province', 'common']);
  const [period] = usePeriod();
  const loaded = useDashboard(period);
  const board = loaded.data;
  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <div className="dashboard__head">
        <h2 id="dashboard-title">{t('dashboard.title')}</h2>
        <PeriodPicker />
      </div>
      <p className="dashboard__period">
        {t('dashboard.periodLine', { period: periodLabel(period, t) })}
        {board && ` · ${t('dashboard.comparedWith', { period: periodLabel(board.previousPeriod, t) })}`}
      </p>
      <LoadState loaded={loaded} />
      {board && (
        <>
          <IndicatorCards board={board} unitName={t('dashboard.province')} />
          <Suspense fallback={<p className="loading">{t('common:loading')}</p>}>
            <ScoreChart board={board} tableId="score-table" />
          </Suspense>
          <h2 id="score-table-title">{t('dashboard.communesTitle')}</h2>
          <ScoreTable
            id="score-table"
            board={board}
            caption={t('dashboard.communesTitle')}
            nameLabel={t('dashboard.col.commune')}
            unitPath={(u) => `/province/communes/${encodeURIComponent(u.id)}`}
          />
          <h2>{t('activity.title')}</h2>
          <ActivityTable
            board={board}
            caption={t('activity.title')}
            nameLabel={t('dashboard.col.commune')}
            unitPath={(u) => `/province/communes/${encodeURIComponent(u.id)}`}
          />
          <LaggingTables board={board} />
          <FreshnessTable board={board} />
          <ReportDownloads period={period} />
        </>
      )}
    </section>
  );
}
