// The printable A4 report (/province/report?period=…[&communeId=…]) for the province or one commune, in
// the usual administrative layout: heading with quốc hiệu and tiêu ngữ, the unit and the period, the
// indicators against their targets, the period's activity, the communes (or villages), the units behind
// target and how current the data is; then recipients and signature. report.css makes it print cleanly.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { vietnamDay } from '@/domain/periods';
import './report.css';
import { LoadState } from './load-state';
import { periodLabel } from './period-label';
import { usePeriod } from './period-picker';
import { ReportTables } from './report-tables';
import { ReportHeading } from './report-heading';
import { useAdminData } from './use-admin';
import { useDashboard } from './use-dashboard';

export function ReportPage() {
  const { t } = useTranslation(['province', 'common']);
  const [params] = useSearchParams();
  const [period] = usePeriod();
  const communeId = params.get('communeId') ?? undefined;
  const loaded = useDashboard(period, communeId);
  const units = useAdminData((c) => c.currentCatalog('adminUnits'), 'units-catalog');
  const board = loaded.data;
  const [today] = useState(() => vietnamDay(Date.now()));
  const province = units.data?.data.province.name ?? '';
  const unit = communeId ? (board?.scope.communeName ?? '') : t('report.province', { province });
  const back = new URLSearchParams(params);
  back.delete('communeId');
  const backPath = communeId ? `/province/communes/${encodeURIComponent(communeId)}` : '/province';
  return (
    <div className="report-page">
      <div className="report-page__actions">
        <Link className="button" to={{ pathname: backPath, search: back.toString() }}>
          {t('report.back')}
        </Link>
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          disabled={!board}
        >
          {t('report.print')}
        </button>
        <p className="field__hint">{t('report.printHint')}</p>
      </div>
      <LoadState loaded={loaded} />
      {board && units.data !== undefined && (
        <article className="report" aria-label={t('report.title')}>
          <ReportHeading
            unit={unit}
            place={province}
            day={today}
            subject={t('report.subject', { unit, period: periodLabel(period, t) })}
          />
          <ReportTables board={board} communeScope={communeId !== undefined} />
          <footer className="report__footer">
            <div className="report__recipients">
              <p className="report__strong report__italic">{t('report.recipients')}</p>
              <p>{t('report.recipientHomeAffairs', { province })}</p>
              <p>{t('report.recipientArchive')}</p>
            </div>
            <div className="report__signature">
              <p className="report__strong">{t('report.signer')}</p>
              <p className="report__italic">{t('report.signHint')}</p>
            </div>
          </footer>
        </article>
      )}
    </div>
  );
}
