// Communes (or one commune's villages) against every indicator and its target, for the period: sortable
// by any column, each name opening the unit behind it. Met / behind is said in words, not colour alone.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatNumber } from '@/lib/format';
import {
  formatChange,
  formatValue,
  measureOf,
  metCount,
  type Dashboard,
  type DashboardUnit,
  type IndicatorHeader,
} from './scoreboard';
import { SortableTable, type Column, type Sort } from './sortable-table';

interface Props {
  board: Dashboard;
  caption: string;
  nameLabel: string;
  /** Where a unit's name leads (commune or village page), without the query. */
  unitPath: (unit: DashboardUnit) => string;
  id?: string;
}

export function indicatorColumnLabel(t: TFunction, ind: IndicatorHeader, n: number, lang: string): string {
  return ind.target === null
    ? t('dashboard.indicatorN', { n })
    : t('dashboard.indicatorNTarget', { n, target: formatValue(ind, ind.target, lang, '') });
}

export function ScoreTable({ board, caption, nameLabel, unitPath, id }: Props) {
  const { t, i18n } = useTranslation('province');
  const lang = i18n.language;
  const [params] = useSearchParams();
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 'asc' });
  const withTarget = board.indicators.filter((i) => i.target !== null).length;
  const columns: Column<DashboardUnit>[] = [
    {
      key: 'name',
      label: nameLabel,
      value: (u) => u.name,
      render: (u) => <Link to={{ pathname: unitPath(u), search: params.toString() }}>{u.name}</Link>,
    },
    ...board.indicators.map((ind, i): Column<DashboardUnit> => ({
      key: ind.code,
      label: indicatorColumnLabel(t, ind, i + 1, lang),
      numeric: true,
      value: (u) => measureOf(u, ind.code)?.current.value ?? null,
      render: (u) => {
        const m = measureOf(u, ind.code);
        const status = m?.current.meetsTarget ?? null;
        const change = formatChange(ind, m?.change ?? null, lang);
        return (
          <span className={status === false ? 'score is-behind' : status ? 'score is-met' : 'score'}>
            {formatValue(ind, m?.current.value ?? null, lang, t('dashboard.noDataShort'))}
            {status !== null && (
              <span className="score__status">
                {status ? t('dashboard.metShort') : t('dashboard.behindShort')}
              </span>
            )}
            {change !== null && (
              <span className="score__change">{t('dashboard.changeShort', { change })}</span>
            )}
          </span>
        );
      },
    })),
    {
      key: 'met',
      label: t('dashboard.metCount'),
      numeric: true,
      value: (u) => metCount(u),
      render: (u) => `${formatNumber(metCount(u), lang)}/${formatNumber(withTarget, lang)}`,
    },
  ];
  return (
    <div id={id} tabIndex={-1}>
      <SortableTable
        caption={caption}
        columns={columns}
        rows={board.units}
        rowKey={(u) => u.id}
        sort={sort}
        onSortChange={setSort}
        empty={t('dashboard.noUnits')}
      />
    </div>
  );
}
