// Accounts, for the province administrator: every web account with its role, commune and state; create
// one (it must change its password at first sign-in); reset a password, disable or enable, end sessions.
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '@/protocol/account-messages';
import { AccountForm } from './account-form';
import { AccountActions } from './account-actions';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { useAdminData } from './use-admin';
import { useCommunes } from './use-communes';

export function AccountsPage() {
  const { t } = useTranslation(['accounts', 'province', 'common']);
  const accounts = useAdminData((c) => c.accounts(), 'accounts');
  const communes = useCommunes();
  const communeName = (id: string | null) =>
    id === null ? t('wholeProvince') : (communes.byId.get(id)?.name ?? id);
  const columns: Column<AccountSummary>[] = [
    { key: 'username', label: t('col.username'), value: (a) => a.username },
    { key: 'role', label: t('col.role'), value: (a) => t(`role.${a.role}`) },
    { key: 'commune', label: t('col.commune'), value: (a) => communeName(a.communeId) },
    {
      key: 'state',
      label: t('col.state'),
      value: (a) =>
        a.disabled ? t('state.disabled') : a.mustChangePassword ? t('state.mustChange') : t('state.active'),
    },
    { key: 'sessions', label: t('col.sessions'), value: (a) => a.activeSessions },
    {
      key: 'actions',
      label: t('col.actions'),
      value: () => 0,
      render: (a) => <AccountActions account={a} onChanged={accounts.reload} />,
    },
  ];
  return (
    <section aria-labelledby="province-accounts">
      <h2 id="province-accounts">{t('title')}</h2>
      <LoadState loaded={accounts} />
      {accounts.data && (
        <SortableTable
          caption={t('title')}
          columns={columns}
          rows={accounts.data}
          rowKey={(a) => a.username}
          empty={t('empty')}
        />
      )}
      <AccountForm communes={communes.data ?? []} onCreated={accounts.reload} />
    </section>
  );
}
