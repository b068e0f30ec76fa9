// How current each commune's figures are: its phones, the last sync of any, and how many have been silent
// longer than the server's limit (14 days) — flagged in words, so a low figure is read as "not sent yet"
// rather than "not done".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { DAY_MS, formatStamp } from './format-stamp';
import type { Dashboard, DashboardUnit } from './scoreboard';
import { SortableTable, type Column } from './sortable-table';

export function isSilent(unit: DashboardUnit, now: number, days: number): boolean {
  const f = unit.freshness;
  if (!f) return false;
  return f.silentDevices > 0 || f.lastSyncAt === null || now - f.lastSyncAt > days * DAY_MS;
}

export function FreshnessTable({ board }: { board: Dashboard }) {
  const { t, i18n } = useTranslation('province');
  const [now] = useState(() => Date.now());
  const days = board.silentAfterDays;
  const num = (n: number) => formatNumber(n, i18n.language);
  const communes = board.units.filter((u) => u.freshness !== null);
  const columns: Column<DashboardUnit>[] = [
    { key: 'name', label: t('freshness.col.commune'), value: (u) => u.name },
    {
      key: 'devices',
      label: t('freshness.col.devices'),
      numeric: true,
      value: (u) => u.freshness?.devices ?? 0,
      render: (u) => num(u.freshness?.devices ?? 0),
    },
    {
      key: 'lastSyncAt',
      label: t('freshness.col.lastSyncAt'),
      value: (u) => u.freshness?.lastSyncAt ?? null,
      render: (u) => (u.freshness?.lastSyncAt ? formatStamp(u.freshness.lastSyncAt) : t('never')),
    },
    {
      key: 'silent',
      label: t('freshness.col.silent', { days }),
      numeric: true,
      value: (u) => u.freshness?.silentDevices ?? 0,
      render: (u) => num(u.freshness?.silentDevices ?? 0),
    },
    {
      key: 'state',
      label: t('freshness.col.state'),
      value: (u) => (isSilent(u, now, days) ? 0 : 1),
      render: (u) =>
        isSilent(u, now, days) ? (
          <span className="stale-flag">{t('freshness.stale', { days })}</span>
        ) : (
          t('freshness.fresh')
        ),
    },
  ];
  return (
    <section aria-labelledby="freshness-title">
      <h2 id="freshness-title">{t('freshness.title')}</h2>
      <p className="field__hint">{t('freshness.hint', { days })}</p>
      <SortableTable
        caption={t('freshness.title')}
        columns={columns}
        rows={communes}
        rowKey={(u) => u.id}
        rowClass={(u) => (isSilent(u, now, days) ? 'is-stale' : undefined)}
        initialSort={{ key: 'state', dir: 'asc' }}
        empty={t('freshness.empty')}
      />
    </section>
  );
}
