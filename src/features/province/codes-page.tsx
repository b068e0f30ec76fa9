// Enrolment codes: issue a one-time, expiring code for a commune (or a province-wide device), show it
// big with its QR, list the codes still open and withdraw one that will not be used. A commune official
// issues codes for their own commune only (their list of communes holds just it).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';
import type { EnrolmentCode } from './admin-client';
import { adminErrorMessage } from './admin-error';
import { ConfirmButton } from './confirm-button';
import { EnrolmentCodeCard } from './enrolment-code-card';
import { formatStamp } from './format-stamp';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { useAdminClient, useAdminData } from './use-admin';
import { useCommunes } from './use-communes';
import { useRole } from './use-role';

const PROVINCE = '__province__';
const TTL_HOURS = [24, 72, 168, 720] as const;

export function CodesPage() {
  const { t } = useTranslation(['province', 'common', 'accounts']);
  const client = useAdminClient();
  const communes = useCommunes();
  const open = useAdminData((c) => c.enrolmentCodes(), 'codes');
  const info = useAdminData((c) => c.serverInfo(), 'server-info');
  const publicUrl = info.data?.publicUrl ?? null;
  const [chosen, setCommuneId] = useState('');
  const { isAdmin } = useRole();
  const only = !isAdmin && communes.data?.length === 1 ? communes.data[0]?.id : undefined;
  const communeId = chosen || only || '';
  const [ttlHours, setTtlHours] = useState<number>(72);
  const [created, setCreated] = useState<EnrolmentCode | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [now] = useState(() => Date.now());
  const communeName = (id: string | null) =>
    id === null ? t('wholeProvince') : (communes.byId.get(id)?.name ?? id);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!communeId) {
      setError(t('codes.pickCommune'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const code = await client.createEnrolmentCode({
        communeId: communeId === PROVINCE ? null : communeId,
        ttlHours,
      });
      setCreated(code);
      open.reload();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  const columns: Column<EnrolmentCode>[] = [
    { key: 'code', label: t('codes.col.code'), value: (c) => c.code },
    { key: 'commune', label: t('codes.col.commune'), value: (c) => communeName(c.communeId) },
    {
      key: 'expiresAt',
      label: t('codes.col.expiresAt'),
      value: (c) => c.expiresAt,
      render: (c) => formatStamp(c.expiresAt),
    },
    {
      key: 'withdraw',
      label: t('accounts:codes.withdrawCol'),
      value: () => 0,
      render: (c) => (
        <ConfirmButton
          label={t('accounts:codes.withdraw')}
          question={t('accounts:codes.withdrawQuestion', { code: c.code })}
          confirmLabel={t('accounts:codes.withdraw')}
          onConfirm={async () => {
            try {
              await client.withdrawCode(c.code);
              open.reload();
            } catch (err) {
              setError(adminErrorMessage(err, t));
            }
          }}
        />
      ),
    },
  ];
  const openCodes = (open.data ?? []).filter((c) => c.usedAt === null && !c.withdrawnAt && c.expiresAt > now);

  return (
    <section aria-labelledby="province-codes">
      <h2 id="province-codes">{t('codes.title')}</h2>
      {info.data && publicUrl === null && (
        <p className="card field__error" role="note">
          {t('codes.noPublicUrl', { origin: location.origin })}
        </p>
      )}
      <form className="card" onSubmit={submit} noValidate>
        <Field label={t('codes.commune')}>
          <select value={communeId} onChange={(e) => setCommuneId(e.target.value)}>
            <option value="">{t('pickOne')}</option>
            {isAdmin && <option value={PROVINCE}>{t('codes.provinceDevice')}</option>}
            {(communes.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('codes.ttl')}>
          <select value={ttlHours} onChange={(e) => setTtlHours(Number(e.target.value))}>
            {TTL_HOURS.map((h) => (
              <option key={h} value={h}>
                {h < 48 ? t('codes.hours', { count: h }) : t('codes.days', { count: h / 24 })}
              </option>
            ))}
          </select>
        </Field>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('codes.create')}
        </button>
      </form>
      {created && (
        <EnrolmentCodeCard
          code={created}
          communeName={communeName(created.communeId)}
          publicUrl={publicUrl}
        />
      )}
      <h3>{t('codes.open')}</h3>
      <LoadState loaded={open} />
      {open.data && (
        <SortableTable
          caption={t('codes.open')}
          columns={columns}
          rows={openCodes}
          rowKey={(c) => c.code}
          initialSort={{ key: 'expiresAt', dir: 'asc' }}
          empty={t('codes.none')}
        />
      )}
    </section>
  );
}
