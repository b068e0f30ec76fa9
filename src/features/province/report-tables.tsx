// The body of the printed report: numbered sections of plain tables (no buttons, no sorting) that break
// across A4 pages cleanly — indicators against targets, activity against a year earlier, every commune
// (or village) against each indicator, the units behind target, and how current the data is.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { SampleBadge } from '@/ui/sample-badge';
import { ACTIVITY_KEYS } from './activity-table';
import { periodLabel } from './period-label';
import {
  formatChange,
  formatValue,
  indicatorName,
  isShare,
  measureOf,
  metCount,
  type Dashboard,
} from './scoreboard';

const LAGGING_ROWS = 30;

export function ReportTables({ board, communeScope }: { board: Dashboard; communeScope: boolean }) {
  const { t, i18n } = useTranslation('province');
  const lang = i18n.language;
  const num = (n: number) => formatNumber(n, lang);
  const none = t('dashboard.noDataShort');
  const catalog = board.catalogs.indicators;
  const before = periodLabel(board.previousPeriod, t);
  const headers = new Map(board.indicators.map((i) => [i.code, i]));
  const withTarget = board.indicators.filter((i) => i.target !== null).length;
  const lagging = [...(communeScope ? [] : board.lagging.communes), ...board.lagging.villages].slice(
    0,
    LAGGING_ROWS,
  );
  const fresh = board.total.freshness;
  const silentUnits = board.units.filter((u) => (u.freshness?.silentDevices ?? 0) > 0);
  const neverSynced = board.units.filter((u) => u.freshness && u.freshness.lastSyncAt === null).length;
  return (
    <>
      {catalog?.sample && (
        <p className="report__sample">
          <SampleBadge label={t('sampleData')} /> {t('report.sampleNote', { source: catalog.source })}
        </p>
      )}
      <h2>{t('report.section.indicators')}</h2>
      <table className="report__table">
        <thead>
          <tr>
            <th scope="col" className="report__n">
              {t('report.col.n')}
            </th>
            <th scope="col">{t('report.col.indicator')}</th>
            <th scope="col" className="num">
              {t('report.col.target')}
            </th>
            <th scope="col" className="num">
              {t('report.col.value')}
            </th>
            <th scope="col" className="num">
              {t('report.col.previous')}
            </th>
            <th scope="col" className="num">
              {t('report.col.change')}
            </th>
            <th scope="col">{t('report.col.assessment')}</th>
          </tr>
        </thead>
        <tbody>
          {board.indicators.map((ind, i) => {
            const m = measureOf(board.total, ind.code);
            const status = m?.current.meetsTarget ?? null;
            return (
              <tr key={ind.code}>
                <td className="report__n">{i + 1}</td>
                <td>
                  {indicatorName(ind, lang)}
                  <span className="report__source">{t('dashboard.source', { source: ind.planSection })}</span>
                </td>
                <td className="num">
                  {ind.target === null
                    ? '—'
                    : t('report.targetBy', {
                        target: formatValue(ind, ind.target, lang, ''),
                        year: ind.targetYear,
                      })}
                </td>
                <td className="num">{formatValue(ind, m?.current.value ?? null, lang, none)}</td>
                <td className="num">{formatValue(ind, m?.previous.value ?? null, lang, none)}</td>
                <td className="num">
                  {formatChange(ind, m?.change ?? null, lang) ?? '—'}
                  {m?.change !== null && m?.change !== undefined && isShare(ind)
                    ? ` ${t('report.points')}`
                    : ''}
                </td>
                <td>
                  {status === null ? t('report.noAssessment') : status ? t('report.met') : t('report.behind')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h2>{t('report.section.activity', { period: before })}</h2>
      <table className="report__table report__table--narrow">
        <thead>
          <tr>
            <th scope="col">{t('report.col.item')}</th>
            <th scope="col" className="num">
              {t('report.col.value')}
            </th>
            <th scope="col" className="num">
              {t('report.col.previous')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ACTIVITY_KEYS.map((key) => (
            <tr key={key}>
              <td>{t(`activity.col.${key}`)}</td>
              <td className="num">{num(board.total.activity[key])}</td>
              <td className="num">{num(board.total.previousActivity[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{communeScope ? t('report.section.villages') : t('report.section.communes')}</h2>
      <table className="report__table report__table--units">
        <thead>
          <tr>
            <th scope="col" className="report__n">
              {t('report.col.n')}
            </th>
            <th scope="col">{communeScope ? t('dashboard.col.village') : t('dashboard.col.commune')}</th>
            {board.indicators.map((ind, i) => (
              <th key={ind.code} scope="col" className="num">
                {t('report.indicatorShort', { n: i + 1 })}
              </th>
            ))}
            <th scope="col" className="num">
              {t('dashboard.metCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {board.units.map((u, n) => (
            <tr key={u.id}>
              <td className="report__n">{n + 1}</td>
              <th scope="row">{u.name}</th>
              {board.indicators.map((ind) => (
                <td key={ind.code} className="num">
                  {formatValue(ind, measureOf(u, ind.code)?.current.value ?? null, lang, none)}
                </td>
              ))}
              <td className="num">{`${num(metCount(u))}/${num(withTarget)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report__note">{t('report.indicatorKey')}</p>

      <h2>{t('report.section.lagging')}</h2>
      {lagging.length === 0 ? (
        <p>{t('report.noLagging')}</p>
      ) : (
        <table className="report__table">
          <thead>
            <tr>
              <th scope="col">{t('report.col.unit')}</th>
              <th scope="col">{t('lagging.col.indicator')}</th>
              <th scope="col" className="num">
                {t('lagging.col.value')}
              </th>
              <th scope="col" className="num">
                {t('lagging.col.target')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lagging.map((e) => {
              const h = headers.get(e.indicatorCode);
              const show = (v: number) => (h ? formatValue(h, v, lang, '') : num(v));
              return (
                <tr key={`${e.unitId}/${e.indicatorCode}`}>
                  <td>{e.unitName === e.communeName ? e.unitName : `${e.unitName} (${e.communeName})`}</td>
                  <td>{indicatorName({ name: e.indicatorName }, lang)}</td>
                  <td className="num">{show(e.value)}</td>
                  <td className="num">{show(e.target)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2>{t('report.section.freshness')}</h2>
      <p>
        {t('report.freshness', {
          count: fresh.devices,
          devices: fresh.devices,
          silent: fresh.silentDevices,
          days: board.silentAfterDays,
        })}
      </p>
      {!communeScope && silentUnits.length > 0 && (
        <p>{t('report.silentCommunes', { names: silentUnits.map((u) => u.name).join(', ') })}</p>
      )}
      {!communeScope && neverSynced > 0 && <p>{t('report.neverSynced', { count: neverSynced })}</p>}
    </>
  );
}
