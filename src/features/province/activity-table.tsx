// What was done in the period, unit by unit — sessions, people trained (women, ethnic minorities), help
// given, criteria moved to "đạt" — with the same figure a year earlier beside it; sortable by any column.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Activity } from '@/protocol/admin-messages';
import { formatNumber } from '@/lib/format';
import type { Dashboard, DashboardUnit } from './scoreboard';
import { SortableTable, type Column } from './sortable-table';

export const ACTIVITY_KEYS = [
  'sessions',
  'attendees',
  'women',
  'ethnicMinority',
  'helpActivities',
  'peopleHelped',
  'householdsHelped',
  'criteriaMet',
  'withPhotos',
] as const satisfies ReadonlyArray<keyof Activity>;

interface Props {
  board: Dashboard;
  caption: string;
  nameLabel: string;
  unitPath: (unit: DashboardUnit) => string;
}

export function ActivityTable({ board, caption, nameLabel, unitPath }: Props) {
  const { t, i18n } = useTranslation('province');
  const [params] = useSearchParams();
  const num = (n: number) => formatNumber(n, i18n.language);
  const columns: Column<DashboardUnit>[] = [
    {
      key: 'name',
      label: nameLabel,
      value: (u) => u.name,
      render: (u) => <Link to={{ pathname: unitPath(u), search: params.toString() }}>{u.name}</Link>,
    },
    ...ACTIVITY_KEYS.map((key): Column<DashboardUnit> => ({
      key,
      label: t(`activity.col.${key}`),
      numeric: true,
      value: (u) => u.activity[key],
      render: (u) => (
        <span className="score">
          {num(u.activity[key])}
          <span className="score__change">
            {t('activity.before', { value: num(u.previousActivity[key]) })}
          </span>
        </span>
      ),
    })),
  ];
  return (
    <SortableTable
      caption={caption}
      columns={columns}
      rows={board.units}
      rowKey={(u) => u.id}
      initialSort={{ key: 'name', dir: 'asc' }}
      empty={t('dashboard.noUnits')}
    />
  );
}
