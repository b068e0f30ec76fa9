// Every enrolled phone: commune, when it enrolled, when it last synced (silent over 7 days is flagged),
// and revocation of a lost phone, asked twice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSummary } from './admin-client';
import { adminErrorMessage } from './admin-error';
import { ConfirmButton } from './confirm-button';
import { useRole } from './use-role';
import { DAY_MS, formatStamp } from './format-stamp';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { useAdminClient, useAdminData } from './use-admin';
import { useCommunes } from './use-communes';

export const STALE_AFTER_MS = 7 * DAY_MS;

export function isStale(d: DeviceSummary, now: number): boolean {
  return d.revokedAt === null && now - (d.lastSyncAt ?? d.enrolledAt) > STALE_AFTER_MS;
}

export function DevicesPage() {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const loaded = useAdminData((c) => c.devices(), 'devices');
  const communes = useCommunes();
  const [error, setError] = useState('');
  const [now] = useState(() => Date.now());
  const communeName = (id: string | null) =>
    id === null ? t('wholeProvince') : (communes.byId.get(id)?.name ?? id);

  const { canManage } = useRole(); // a viewer changes nothing: the server refuses, the button is hidden
  const revoke = async (d: DeviceSummary) => {
    setError('');
    try {
      await client.revokeDevice(d.deviceId);
      loaded.reload();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    }
  };

  const columns: Column<DeviceSummary>[] = [
    { key: 'name', label: t('devices.col.name'), value: (d) => d.name || d.deviceId },
    { key: 'commune', label: t('devices.col.commune'), value: (d) => communeName(d.communeId) },
    {
      key: 'enrolledAt',
      label: t('devices.col.enrolledAt'),
      value: (d) => d.enrolledAt,
      render: (d) => formatStamp(d.enrolledAt),
    },
    {
      key: 'lastSyncAt',
      label: t('devices.col.lastSyncAt'),
      value: (d) => d.lastSyncAt,
      render: (d) => (
        <>
          {d.lastSyncAt === null ? t('never') : formatStamp(d.lastSyncAt)}
          {isStale(d, now) && <span className="stale-flag"> · {t('devices.stale')}</span>}
        </>
      ),
    },
    {
      key: 'status',
      label: t('devices.col.status'),
      value: (d) => (d.revokedAt === null ? 0 : d.revokedAt),
      render: (d) =>
        d.revokedAt !== null ? (
          t('devices.revokedOn', { when: formatStamp(d.revokedAt) })
        ) : !canManage ? null : (
          <ConfirmButton
            label={t('devices.revoke')}
            question={t('devices.revokeQuestion', { name: d.name || d.deviceId })}
            confirmLabel={t('devices.revokeConfirm')}
            onConfirm={() => revoke(d)}
          />
        ),
    },
  ];

  return (
    <section aria-labelledby="province-devices">
      <h2 id="province-devices">{t('devices.title')}</h2>
      <p className="field__hint">{t('devices.hint')}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <LoadState loaded={loaded} />
      {loaded.data && (
        <SortableTable
          caption={t('devices.title')}
          columns={columns}
          rows={loaded.data}
          rowKey={(d) => d.deviceId}
          rowClass={(d) => (isStale(d, now) ? 'is-stale' : undefined)}
          initialSort={{ key: 'lastSyncAt', dir: 'asc' }}
          empty={t('devices.empty')}
        />
      )}
    </section>
  );
}
