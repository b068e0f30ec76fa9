// The body of the printed report: numbered sections of plain tables (no buttons, no sorting) that break
// across A4 pages cleanly — indicators against targets, activity against a year earlier, every commune
// (or village) against each indicator, the units behind target, and how current the data is.
import type { ReactNode } from 'react';
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

interface Column {
  label: ReactNode;
  /** 'num' right-aligns a figure; 'n' is the narrow running-number column. */
  kind?: 'num' | 'n';
}

/** One header row of plain column headings. */
function Head({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={c.kind === 'n' ? 'report__n' : c.kind}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

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
        <Head
          columns={[
            { label: t('report.col.n'), kind: 'n' },
            { label: t('report.col.indicator') },
            { label: t('report.col.target'), kind: 'num' },
            { label: t('report.col.value'), kind: 'num' },
            { label: t('report.col.previous'), kind: 'num' },
            { label: t('report.col.change'), kind: 'num' },
            { label: t('report.col.assessment') },
          ]}
        />
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
        <Head
          columns={[
            { label: t('report.col.item') },
            { label: t('report.col.value'), kind: 'num' },
            { label: t('report.col.previous'), kind: 'num' },
          ]}
        />
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
        <Head
          columns={[
            { label: t('report.col.n'), kind: 'n' },
            { label: communeScope ? t('dashboard.col.village') : t('dashboard.col.commune') },
            ...board.indicators.map((_, i) => ({
              label: t('report.indicatorShort', { n: i + 1 }),
              kind: 'num' as const,
            })),
            { label: t('dashboard.metCount'), kind: 'num' },
          ]}
        />
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
          <Head
            columns={[
              { label: t('report.col.unit') },
              { label: t('lagging.col.indicator') },
              { label: t('lagging.col.value'), kind: 'num' },
              { label: t('lagging.col.target'), kind: 'num' },
            ]}
          />
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
