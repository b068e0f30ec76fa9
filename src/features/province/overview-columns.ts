// The columns of the province overview, shared by the on-screen table and its CSV export so both always
// say the same thing in the same order.
import type { TFunction } from 'i18next';
import type { CommuneOverview } from '@/protocol/admin-messages';
import { formatNumber } from '@/lib/format';
import type { Column } from './sortable-table';
import { formatStamp } from './format-stamp';

const NUMBERS = [
  'villages',
  'trainingSessions',
  'attendees',
  'women',
  'ethnicMinority',
  'helpers',
  'helpActivities',
  'peopleHelped',
] as const;

export function checklistRatio(row: CommuneOverview): number | null {
  return row.criteriaTotal > 0 ? row.criteriaMet / row.criteriaTotal : null;
}

export function overviewColumns(t: TFunction, lang: string): Column<CommuneOverview>[] {
  const num = (n: number) => formatNumber(n, lang);
  return [
    { key: 'communeName', label: t('overview.col.commune'), value: (r) => r.communeName },
    ...NUMBERS.map((key): Column<CommuneOverview> => ({
      key,
      label: t(`overview.col.${key}`),
      value: (r) => r[key],
      render: (r) => num(r[key]),
      numeric: true,
    })),
    {
      key: 'checklist',
      label: t('overview.col.checklist'),
      value: checklistRatio,
      render: (r) => `${num(r.criteriaMet)}/${num(r.criteriaTotal)}`,
      numeric: true,
    },
    {
      key: 'devices',
      label: t('overview.col.devices'),
      value: (r) => r.devices,
      render: (r) => num(r.devices),
      numeric: true,
    },
    {
      key: 'lastSyncAt',
      label: t('overview.col.lastSyncAt'),
      value: (r) => r.lastSyncAt,
      render: (r) => (r.lastSyncAt === null ? t('never') : formatStamp(r.lastSyncAt)),
    },
  ];
}

/** The province total of the given communes (sums; the latest sync of any). */
export function overviewTotal(rows: CommuneOverview[], label: string): CommuneOverview {
  const sum = (f: (r: CommuneOverview) => number) => rows.reduce((n, r) => n + f(r), 0);
  const syncs = rows.map((r) => r.lastSyncAt).filter((s): s is number => s !== null);
  return {
    communeId: '',
    communeName: label,
    villages: sum((r) => r.villages),
    trainingSessions: sum((r) => r.trainingSessions),
    attendees: sum((r) => r.attendees),
    women: sum((r) => r.women),
    ethnicMinority: sum((r) => r.ethnicMinority),
    helpers: sum((r) => r.helpers),
    helpActivities: sum((r) => r.helpActivities),
    peopleHelped: sum((r) => r.peopleHelped),
    criteriaMet: sum((r) => r.criteriaMet),
    criteriaTotal: sum((r) => r.criteriaTotal),
    devices: sum((r) => r.devices),
    lastSyncAt: syncs.length > 0 ? Math.max(...syncs) : null,
  };
}
