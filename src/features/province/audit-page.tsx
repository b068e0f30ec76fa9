// The audit log of administration, for the province administrator: who changed what, when, from which
// address, with the state before and after; newest first, more on demand, and the whole log as CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/protocol/account-messages';
import { adminErrorMessage } from './admin-error';
import { formatStamp } from './format-stamp';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { useAdminClient, useAdminData } from './use-admin';

const brief = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export function AuditPage() {
  const { t } = useTranslation(['accounts', 'province', 'common']);
  const client = useAdminClient();
  const first = useAdminData((c) => c.audit(), 'audit');
  const [more, setMore] = useState<{ entries: AuditEntry[]; next: string | null } | null>(null);
  const [error, setError] = useState('');
  const entries = [...(first.data?.entries ?? []), ...(more?.entries ?? [])];
  const next = more ? more.next : (first.data?.next ?? null);

  const loadMore = async () => {
    try {
      const page = await client.audit(next);
      setMore({ entries: [...(more?.entries ?? []), ...page.entries], next: page.next });
    } catch (err) {
      setError(adminErrorMessage(err, t));
    }
  };
  const download = async () => {
    setError('');
    try {
      const blob = await client.auditCsv();
      const link = document.createElement('a');
      const href = URL.createObjectURL(blob);
      link.href = href;
      link.download = `ban-so-audit-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(href), 1000);
    } catch (err) {
      setError(adminErrorMessage(err, t));
    }
  };

  const columns: Column<AuditEntry>[] = [
    { key: 'at', label: t('audit.col.at'), value: (e) => e.at, render: (e) => formatStamp(e.at) },
    { key: 'actor', label: t('audit.col.actor'), value: (e) => `${e.actor} (${t(`role.${e.actorRole}`)})` },
    { key: 'ip', label: t('audit.col.ip'), value: (e) => e.ip },
    {
      key: 'action',
      label: t('audit.col.action'),
      value: (e) => t(`audit.action.${e.action}`, { defaultValue: e.action }),
    },
    { key: 'target', label: t('audit.col.target'), value: (e) => e.target },
    { key: 'before', label: t('audit.col.before'), value: (e) => brief(e.before) },
    { key: 'after', label: t('audit.col.after'), value: (e) => brief(e.after) },
  ];
  return (
    <section aria-labelledby="province-audit">
      <h2 id="province-audit">{t('audit.title')}</h2>
      <button type="button" className="button" onClick={() => void download()}>
        {t('audit.download')}
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <LoadState loaded={first} />
      {first.data && (
        <SortableTable
          caption={t('audit.title')}
          columns={columns}
          rows={entries}
          rowKey={(e) => e.id}
          initialSort={{ key: 'at', dir: 'desc' }}
          empty={t('audit.empty')}
        />
      )}
      {next && (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
